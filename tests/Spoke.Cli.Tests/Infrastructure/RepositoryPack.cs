using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;

namespace Spoke.Cli.Tests.Infrastructure;

/// <summary>
/// Every package of the repository packed by <c>eng/pack</c>, the way a developer packs them: one unique version for all.
/// The pack reuses what the test run has just built (<c>--no-build</c>, same configuration), so it packs what was tested.
/// </summary>
public sealed class RepositoryPack
{
    private RepositoryPack(string folder, string version)
    {
        Folder = folder;
        Version = version;
    }

    /// <summary>The folder holding the <c>.nupkg</c> files: a local feed.</summary>
    public string Folder { get; }

    /// <summary>The version <c>eng/pack</c> chose, shared by every package.</summary>
    public string Version { get; }

    /// <summary>The packages (not the symbol packages) in <see cref="Folder"/>.</summary>
    public IEnumerable<string> Packages => Directory.GetFiles(Folder, "*.nupkg");

    /// <summary>Runs <c>eng/pack</c> into <paramref name="folder"/>.</summary>
    public static async Task<RepositoryPack> CreateAsync(string folder)
    {
        var (exitCode, output) = await DotnetProcess.RunProgramAsync(
            "bash",
            RepositoryPaths.Root,
            new Dictionary<string, string?> { ["SPOKE_VERSION"] = null },
            TimeSpan.FromMinutes(5),
            Path.Combine(RepositoryPaths.Root, "eng", "pack"), "-o", folder, "--no-build", "-c", BuildConfiguration());
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"eng/pack failed:\n{output}");
        }

        var version = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        return new RepositoryPack(folder, version);
    }

    /// <summary>The nuspec of a package: its id, version, and the dependencies of every target framework group.</summary>
    public static (string Id, string Version, IReadOnlyList<(string Id, string Version)> Dependencies) ReadNuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        var document = XDocument.Load(stream);
        var metadata = document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (e.Attribute("id")!.Value, e.Attribute("version")!.Value))
            .ToList();
        return (Value("id"), Value("version"), dependencies);
    }

    private static string BuildConfiguration() =>
        typeof(RepositoryPack).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
}
