using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Consumer;

/// <summary>
/// Every package of the repository, packed once per test run by <c>eng/pack</c> (<see cref="RepositoryPack"/>) into a temporary
/// local feed, under the unique version that script gives each pack, so a package left in the NuGet cache by an earlier run
/// can never be picked up instead. Shared by the consumer and README test classes, which run in parallel; the feed and
/// this version's copies in the NuGet cache are removed when the test process exits.
/// </summary>
public sealed class PackedSpoke
{
    private static readonly Lazy<Task<PackedSpoke>> Shared = new(PackAsync);

    private readonly TemporaryDirectory root = new();

    private RepositoryPack? pack;

    private PackedSpoke()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete();
    }

    /// <summary>The pack: its feed folder and version.</summary>
    public RepositoryPack Pack => pack!;

    public string Version => pack!.Version;

    public string PackageFolder => root.Combine("packages");

    public string WorkFolder => root.Path;

    /// <summary>The packages of this test run, packed on first use.</summary>
    public static Task<PackedSpoke> GetAsync() => Shared.Value;

    private static async Task<PackedSpoke> PackAsync()
    {
        var package = new PackedSpoke();
        package.pack = await RepositoryPack.CreateAsync(package.PackageFolder);
        return package;
    }

    private void Delete()
    {
        if (pack is not null)
        {
            foreach (var package in pack.Packages)
            {
                var cached = Path.Combine(NuGetPackagesFolder(), RepositoryPack.ReadNuspec(package).Id.ToLowerInvariant(), Version);
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
            }
        }

        root.Dispose();
    }

    /// <summary>The machine's NuGet package cache, where restores of the packed packages land.</summary>
    public static string NuGetPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
