using Spoke.Testing;

namespace Spoke.Cli.Tests.Infrastructure;

/// <summary>Paths in this repository and in the test output.</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string SchemaSnapshots => Path.Combine(Root, "schema-snapshots");

    public static string GeneratorBuild => Path.Combine(Root, "src", "Generator", "build");

    /// <summary>The CLI built beside the tests, run as <c>dotnet Spoke.Cli.dll</c>.</summary>
    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "Spoke.Cli.dll");
}
