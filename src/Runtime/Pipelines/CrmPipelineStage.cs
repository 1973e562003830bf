using System.Globalization;

namespace Spoke.Pipelines;

/// <summary>
/// One stage of a pipeline, as <c>GET /crm/v3/pipelines/{objectType}/{pipelineId}/stages</c> returns it. A record is in a stage
/// when its stage property (<c>dealstage</c>, <c>hs_pipeline_stage</c>) holds the stage's <see cref="Id"/>.
/// </summary>
public sealed record CrmPipelineStage
{
    /// <summary>The id written to the record's stage property, for example <c>closedwon</c> or <c>4</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The label users see in HubSpot, for example <c>Closed Won</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Where HubSpot shows the stage in its pipeline.</summary>
    public int DisplayOrder { get; init; }

    /// <summary>Whether the stage is archived (no longer offered).</summary>
    public bool Archived { get; init; }

    /// <summary>HubSpot's stage metadata as sent: for deals <c>probability</c> and <c>isClosed</c>, for tickets <c>ticketState</c>.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>When the stage was created, if HubSpot said.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the stage last changed, if HubSpot said.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>A deal stage's chance of winning, from 0.0 to 1.0 (<c>metadata.probability</c>); null when absent or not a number.</summary>
    public decimal? Probability =>
        Metadata.TryGetValue(CrmPipelineStageMetadata.Probability, out var text)
        && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Whether a record in the stage is closed (<c>metadata.isClosed</c>, or a ticket's <c>ticketState</c> CLOSED); null when HubSpot does not say.</summary>
    public bool? IsClosed =>
        Metadata.TryGetValue(CrmPipelineStageMetadata.IsClosed, out var closed) && bool.TryParse(closed, out var value) ? value
        : TicketState is { } state ? string.Equals(state, CrmPipelineStageMetadata.ClosedTicketState, StringComparison.OrdinalIgnoreCase)
        : null;

    /// <summary>A ticket stage's state, <c>OPEN</c> or <c>CLOSED</c> (<c>metadata.ticketState</c>); null for other objects.</summary>
    public string? TicketState => Metadata.GetValueOrDefault(CrmPipelineStageMetadata.TicketState);
}
