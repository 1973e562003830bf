namespace Spoke.Conformance.Tests.Running;

/// <summary>Where the suite's files live: the Node.js checks, the list of known differences and the emulator docs.</summary>
internal static class SuitePaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Project => Path.Combine(RepositoryRoot, "tests", "Spoke.Conformance.Tests");

    /// <summary>The Node.js package with the checks and <c>run.js</c>.</summary>
    public static string NodePackage => Path.Combine(Project, "node");

    public static string KnownDifferences => Path.Combine(Project, "known-differences.json");

    public static string SchemaSnapshots => Path.Combine(RepositoryRoot, "schema-snapshots");

    public static string EmulatorDocs => Path.Combine(RepositoryRoot, "docs", "emulator.md");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("Generator.sln not found above the test output.");
        }

        return directory.FullName;
    }
}
