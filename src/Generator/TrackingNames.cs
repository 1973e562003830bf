namespace Spoke.Generator;

/// <summary>Names of the pipeline steps, for tests that check what was cached.</summary>
public static class TrackingNames
{
    /// <summary>The MSBuild options reduced to a value.</summary>
    public const string Options = nameof(Options);

    /// <summary>The additional files recognised as snapshots, with their text.</summary>
    public const string SnapshotFiles = nameof(SnapshotFiles);

    /// <summary>Each snapshot file read into object specs and diagnostics.</summary>
    public const string ReadSnapshots = nameof(ReadSnapshots);

    /// <summary>One value per object type (a schemas.json file gives several).</summary>
    public const string Objects = nameof(Objects);

    /// <summary>One value per pipelines snapshot (<c>{objectType}.pipelines.json</c>).</summary>
    public const string PipelineSchemas = nameof(PipelineSchemas);

    /// <summary>The user's spoke.json overrides.</summary>
    public const string Overrides = nameof(Overrides);

    /// <summary>The emit models of every object type, built together so that every generated name is allocated once across the namespace.</summary>
    public const string Account = nameof(Account);

    /// <summary>The emit model of each object type, names resolved.</summary>
    public const string Models = nameof(Models);

    /// <summary>The emit model of each object type's pipelines class, names resolved.</summary>
    public const string Pipelines = nameof(Pipelines);

    /// <summary>The diagnostics of each snapshot file.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
