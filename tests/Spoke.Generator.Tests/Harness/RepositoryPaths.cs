using Spoke.Testing;

namespace Spoke.Generator.Tests.Harness;

/// <summary>
/// Folders of the repository the tests read from (shipped snapshots, diagnostic docs) and write to (received baselines).
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>The repository's root folder.</summary>
    public static string Root => RepositoryRoot.Path;

    /// <summary>The shipped <c>schema-snapshots</c> folder.</summary>
    public static string SchemaSnapshots => Path.Combine(Root, "schema-snapshots");

    /// <summary>The <c>docs/diagnostics</c> folder with one page per diagnostic id.</summary>
    public static string DiagnosticDocs => Path.Combine(Root, "docs", "diagnostics");

    /// <summary>This test project's folder.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "Spoke.Generator.Tests");
}
