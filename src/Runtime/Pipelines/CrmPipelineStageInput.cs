using System.Globalization;

namespace Spoke.Pipelines;

/// <summary>
/// A stage to create, or the whole new state of a stage when a pipeline is replaced. Deal stages need <see cref="Probability"/>;
/// ticket stages take <see cref="TicketState"/>.
/// </summary>
public sealed record CrmPipelineStageInput
{
    /// <summary>The label users see; unique within the pipeline, ignoring case.</summary>
    public required string Label { get; init; }

    /// <summary>Where HubSpot shows the stage in its pipeline.</summary>
    public required int DisplayOrder { get; init; }

    /// <summary>A deal stage's chance of winning, from 0.0 to 1.0 (HubSpot requires it for deal stages).</summary>
    public decimal? Probability { get; init; }

    /// <summary>Whether a deal in the stage is closed (won or lost).</summary>
    public bool? IsClosed { get; init; }

    /// <summary>A ticket stage's state: <c>OPEN</c> or <c>CLOSED</c>.</summary>
    public string? TicketState { get; init; }

    /// <summary>Other metadata to send as is; <see cref="Probability"/>, <see cref="IsClosed"/> and <see cref="TicketState"/> win over the same keys here.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>The metadata object HubSpot receives.</summary>
    internal SortedDictionary<string, string> WireMetadata()
    {
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Metadata ?? new Dictionary<string, string>())
        {
            metadata[key] = value;
        }

        if (Probability is { } probability)
        {
            metadata[CrmPipelineStageMetadata.Probability] = probability.ToString(CultureInfo.InvariantCulture);
        }

        if (IsClosed is { } closed)
        {
            metadata[CrmPipelineStageMetadata.IsClosed] = closed ? "true" : "false";
        }

        if (TicketState is { } state)
        {
            metadata[CrmPipelineStageMetadata.TicketState] = state;
        }

        return metadata;
    }
}
