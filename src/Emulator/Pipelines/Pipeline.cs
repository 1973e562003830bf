namespace Spoke.Emulator.Pipelines;

/// <summary>One pipeline of an object type and its stages. Changed only under the database's write lock.</summary>
internal sealed class Pipeline(string id, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public required string Label { get; set; }

    public int DisplayOrder { get; set; }

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public DateTimeOffset? ArchivedAt { get; set; }

    public bool IsArchived => ArchivedAt.HasValue;

    /// <summary>Every stage, archived ones included, in display order.</summary>
    public List<PipelineStage> Stages { get; init; } = [];

    public IEnumerable<PipelineStage> LiveStages => Stages.Where(s => !s.IsArchived);

    public PipelineStage? FindLiveStage(string stageId) => Stages.Find(s => !s.IsArchived && s.Id == stageId);

    /// <summary>Keeps <see cref="Stages"/> in display order (ties by id), as HubSpot lists them.</summary>
    public void SortStages() => Stages.Sort(static (a, b) =>
        a.DisplayOrder != b.DisplayOrder ? a.DisplayOrder.CompareTo(b.DisplayOrder) : string.CompareOrdinal(a.Id, b.Id));
}
