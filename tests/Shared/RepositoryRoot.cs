namespace Spoke.Testing;

/// <summary>
/// The repository the tests and benchmarks run from, found from their binaries upward (source paths baked into an
/// assembly are remapped in CI builds, so they cannot be trusted).
/// </summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "Spoke.sln";

    private static readonly Lazy<string> s_path = new(Find);

    /// <summary>The folder holding <c>Spoke.sln</c>.</summary>
    public static string Path => s_path.Value;

    /// <summary>The shipped <c>schema-snapshots</c> folder.</summary>
    public static string SchemaSnapshots => Combine("schema-snapshots");

    /// <summary>A path inside the repository.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}: run from inside the Spoke repository.");
    }
}
