using System.Text.Json.Nodes;

namespace Spoke.Generator.Tests.Fixtures;

/// <summary>
/// Builds the pipelines and stages of a pipelines snapshot shaped like HubSpot's <c>GET /crm/v3/pipelines/{objectType}</c> body
/// (wrapped, like a properties snapshot, by <see cref="SnapshotJson.Results"/>), and the small properties snapshots they go with.
/// </summary>
internal static class PipelinesJson
{
    /// <summary>One pipeline with the fields HubSpot sends.</summary>
    public static JsonObject Pipeline(string id, string label, params IEnumerable<JsonObject> stages) => new()
    {
        ["label"] = label,
        ["displayOrder"] = 0,
        ["id"] = id,
        ["stages"] = new JsonArray([.. stages.Select((stage, order) => { stage["displayOrder"] ??= order; return stage; })]),
        ["createdAt"] = "2024-01-01T00:00:00.000Z",
        ["updatedAt"] = "2024-01-01T00:00:00.000Z",
        ["archived"] = false,
    };

    /// <summary>One stage; <paramref name="metadata"/> alternates keys and values, all strings as HubSpot sends them.</summary>
    public static JsonObject Stage(string id, string label, params string[] metadata)
    {
        var entries = new JsonObject();
        for (var i = 0; i + 1 < metadata.Length; i += 2)
        {
            entries[metadata[i]] = metadata[i + 1];
        }

        return new JsonObject
        {
            ["label"] = label,
            ["metadata"] = entries,
            ["id"] = id,
            ["createdAt"] = "2024-01-01T00:00:00.000Z",
            ["updatedAt"] = "2024-01-01T00:00:00.000Z",
            ["archived"] = false,
            ["writePermissions"] = "CRM_PERMISSIONS_ENFORCEMENT",
        };
    }

    /// <summary>A deal stage with HubSpot's metadata.</summary>
    public static JsonObject DealStage(string id, string label, string probability, bool closed = false) =>
        Stage(id, label, "isClosed", closed ? "true" : "false", "probability", probability);

    /// <summary>A deals properties snapshot with HubSpot's pipeline properties (stage options external, as HubSpot lists them).</summary>
    public static string DealsProperties { get; } = SnapshotJson.Results(
        SnapshotJson.Property("dealname", label: "Deal Name"),
        SnapshotJson.Property("pipeline", "enumeration", "select", "Pipeline", externalOptions: true),
        SnapshotJson.Property("dealstage", "enumeration", "radio", "Deal Stage", externalOptions: true));

    /// <summary>A tickets properties snapshot with HubSpot's pipeline properties.</summary>
    public static string TicketsProperties { get; } = SnapshotJson.Results(
        SnapshotJson.Property("subject", label: "Ticket name"),
        SnapshotJson.Property("hs_pipeline", "enumeration", "select", "Pipeline", externalOptions: true),
        SnapshotJson.Property("hs_pipeline_stage", "enumeration", "select", "Ticket status", externalOptions: true));

    /// <summary>Deals and tickets properties with the shipped pipelines snapshots: HubSpot's default pipelines.</summary>
    public static Harness.GeneratorInput DefaultAccount() => Harness.GeneratorInput.ForSnapshots(
        ("deals.json", DealsProperties),
        ("deals.pipelines.json", SnapshotFiles.ShippedFile("deals.pipelines.json")),
        ("tickets.json", TicketsProperties),
        ("tickets.pipelines.json", SnapshotFiles.ShippedFile("tickets.pipelines.json")));
}
