namespace Spoke.Emulator.Pipelines;

/// <summary>One stage of a pipeline. Changed only under the database's write lock.</summary>
internal sealed class PipelineStage(string id, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public required string Label { get; set; }

    public int DisplayOrder { get; set; }

    /// <summary>
    /// HubSpot's stage metadata, all values text: <c>probability</c> (<c>0.0</c>–<c>1.0</c>) and <c>isClosed</c> for deal
    /// stages, <c>ticketState</c> (<c>OPEN</c> or <c>CLOSED</c>) for ticket stages.
    /// </summary>
    public required SortedDictionary<string, string> Metadata { get; set; }

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public DateTimeOffset? ArchivedAt { get; set; }

    public bool IsArchived => ArchivedAt.HasValue;
}
