namespace Spoke.Emulator.Pipelines;

/// <summary>
/// The pipelines every HubSpot account starts with: deals' <c>default</c> "Sales Pipeline" (seven stages, each with its
/// win probability, the two closed ones closed) and tickets' <c>0</c> "Support Pipeline" (stages <c>1</c>–<c>4</c>).
/// </summary>
internal static class DefaultPipelines
{
    public const string DealPipelineId = "default";
    public const string TicketPipelineId = "0";

    private static readonly (string Id, string Label, string Probability, bool Closed)[] DealStages =
    [
        ("appointmentscheduled", "Appointment Scheduled", "0.2", false),
        ("qualifiedtobuy", "Qualified To Buy", "0.4", false),
        ("presentationscheduled", "Presentation Scheduled", "0.6", false),
        ("decisionmakerboughtin", "Decision Maker Bought-In", "0.8", false),
        ("contractsent", "Contract Sent", "0.9", false),
        ("closedwon", "Closed Won", "1.0", true),
        ("closedlost", "Closed Lost", "0.0", true),
    ];

    private static readonly (string Id, string Label, string State)[] TicketStages =
    [
        ("1", "New", "OPEN"),
        ("2", "Waiting on contact", "OPEN"),
        ("3", "Waiting on us", "OPEN"),
        ("4", "Closed", "CLOSED"),
    ];

    /// <summary>The default pipeline id of a type with pipelines (<c>default</c> for deals, <c>0</c> otherwise).</summary>
    public static string DefaultIdFor(string typeName) => typeName == "deals" ? DealPipelineId : TicketPipelineId;

    /// <summary>The pipelines a new account has for a type: deals and tickets one each, other types none.</summary>
    public static List<Pipeline> For(string typeName, DateTimeOffset createdAt) => typeName switch
    {
        "deals" => [Build(DealPipelineId, "Sales Pipeline", createdAt, DealStages.Select(s =>
            (s.Id, s.Label, new SortedDictionary<string, string>(StringComparer.Ordinal) { ["isClosed"] = s.Closed ? "true" : "false", ["probability"] = s.Probability })))],
        "tickets" => [Build(TicketPipelineId, "Support Pipeline", createdAt, TicketStages.Select(s =>
            (s.Id, s.Label, new SortedDictionary<string, string>(StringComparer.Ordinal) { ["ticketState"] = s.State })))],
        _ => [],
    };

    private static Pipeline Build(string id, string label, DateTimeOffset createdAt, IEnumerable<(string Id, string Label, SortedDictionary<string, string> Metadata)> stages) =>
        new(id, createdAt)
        {
            Label = label,
            DisplayOrder = 0,
            Stages = [.. stages.Select((stage, order) => new PipelineStage(stage.Id, createdAt) { Label = stage.Label, DisplayOrder = order, Metadata = stage.Metadata })],
        };
}
