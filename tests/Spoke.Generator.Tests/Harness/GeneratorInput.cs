using System.Collections.Immutable;

namespace Spoke.Generator.Tests.Harness;

/// <summary>
/// Everything one generator run sees, in memory: schema snapshots, other additional files (the overrides file),
/// the user's own C# sources and the MSBuild properties <c>build/Spoke.targets</c> would set.
/// </summary>
internal sealed record GeneratorInput
{
    /// <summary>The directory every in-memory additional file pretends to live in.</summary>
    public const string SnapshotDirectory = "/project/schema-snapshots";

    /// <summary>The namespace generated types go into unless a test sets another.</summary>
    public const string DefaultNamespace = "Tests.HubSpot";

    /// <summary>Snapshot files keyed by their full in-memory path; a null content is a file the compiler cannot read.</summary>
    public ImmutableSortedDictionary<string, string?> AdditionalFiles { get; init; } =
        ImmutableSortedDictionary<string, string?>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>C# sources of the consuming project.</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>The <c>SpokeNamespace</c> build property.</summary>
    public string Namespace { get; init; } = DefaultNamespace;

    /// <summary>An input holding exactly the given snapshots, named like the files in <c>schema-snapshots/</c>.</summary>
    public static GeneratorInput ForSnapshots(params (string FileName, string Json)[] snapshots) =>
        snapshots.Aggregate(new GeneratorInput(), (input, snapshot) => input.WithFile(snapshot.FileName, snapshot.Json));

    /// <summary>The path a file of this name has inside <see cref="SnapshotDirectory"/>.</summary>
    public static string PathOf(string fileName) => $"{SnapshotDirectory}/{fileName}";

    /// <summary>Adds or replaces one file in the snapshot directory; null content makes it unreadable.</summary>
    public GeneratorInput WithFile(string fileName, string? content) =>
        this with { AdditionalFiles = AdditionalFiles.SetItem(PathOf(fileName), content) };

    /// <summary>Removes one file from the snapshot directory.</summary>
    public GeneratorInput WithoutFile(string fileName) =>
        this with { AdditionalFiles = AdditionalFiles.Remove(PathOf(fileName)) };

    /// <summary>Adds a C# source file of the consuming project.</summary>
    public GeneratorInput WithSource(string source) => this with { Sources = Sources.Add(source) };
}
