namespace Spoke.Generator.Tests.Harness;

/// <summary>
/// Folders of the repository the tests read from (shipped snapshots, diagnostic docs) and write to (received baselines).
/// Found from the test binaries upward, because source paths baked into the assembly are remapped in CI builds.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder holding <c>Generator.sln</c>.</summary>
    public static string Root => s_root.Value;

    /// <summary>The shipped <c>schema-snapshots</c> folder.</summary>
    public static string SchemaSnapshots => Path.Combine(Root, "schema-snapshots");

    /// <summary>The <c>docs/diagnostics</c> folder with one page per diagnostic id.</summary>
    public static string DiagnosticDocs => Path.Combine(Root, "docs", "diagnostics");

    /// <summary>This test project's folder.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "Spoke.Generator.Tests");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Generator.sln above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}
