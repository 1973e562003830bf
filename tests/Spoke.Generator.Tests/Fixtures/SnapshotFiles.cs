using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Fixtures;

/// <summary>Snapshot files on disk: the ones the repository ships, and the hand-written fixtures of this test project.</summary>
internal static class SnapshotFiles
{
    /// <summary>Every <c>*.json</c> in <c>schema-snapshots/</c>, as a build of the sample sees them.</summary>
    public static IReadOnlyList<(string FileName, string Json)> Shipped { get; } = Read(RepositoryPaths.SchemaSnapshots);

    /// <summary>The names of the shipped snapshot files, for theories.</summary>
    public static TheoryData<string> ShippedNames => [.. Shipped.Select(file => file.FileName)];

    /// <summary>
    /// <c>products.json</c>: a small hand-written snapshot with one property of every HubSpot type and field type
    /// (text, number, date, datetime, bool, booleancheckbox, select with a hidden option, radio, checkbox, external options,
    /// no options, phone number, coordinates, read-only and calculated values).
    /// </summary>
    public static string Products => File.ReadAllText(Path.Combine(RepositoryPaths.TestProject, "Fixtures", "products.json"));

    /// <summary>One shipped snapshot by file name.</summary>
    public static string ShippedFile(string fileName) => Shipped.Single(file => file.FileName == fileName).Json;

    /// <summary>An input holding every shipped snapshot.</summary>
    public static GeneratorInput AllShipped() => GeneratorInput.ForSnapshots([.. Shipped]);

    private static IReadOnlyList<(string FileName, string Json)> Read(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))];
}
