using System.Reflection;
using System.Text.RegularExpressions;
using Spoke.Cli.Tests.Consumer;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Packaging;

/// <summary>
/// <c>eng/pack</c> gives every pack one version no earlier pack had, shared by all the packages of the pack and named by their
/// dependencies on each other; a plain <c>dotnet pack</c> without a version is refused rather than reusing 0.1.0.
/// </summary>
public sealed class UniquePackVersionTests
{
    private static readonly string[] PackageIds = ["Spoke", "Spoke.Agents", "Spoke.AspNetCore", "Spoke.Cli", "Spoke.Emulator", "Spoke.Redis"];

    [Fact]
    public async Task Two_packs_get_two_newer_versions_and_each_packs_dependencies_name_its_own_version()
    {
        var first = (await PackedSpoke.GetAsync()).Pack;
        using var folder = new TemporaryDirectory();
        var second = await RepositoryPack.CreateAsync(folder.Path);

        Assert.NotEqual(first.Version, second.Version);
        Assert.True(Stamp(second.Version) > Stamp(first.Version), $"{second.Version} should sort after {first.Version}");
        foreach (var pack in new[] { first, second })
        {
            Assert.Matches(@"^0\.1\.0-dev\.\d{17}\.g[0-9a-z]+$", pack.Version);
            var nuspecs = pack.Packages.Select(RepositoryPack.ReadNuspec).ToList();
            Assert.Equal(PackageIds, nuspecs.Select(n => n.Id).Order(StringComparer.Ordinal));
            Assert.All(nuspecs, nuspec => Assert.Equal(pack.Version, nuspec.Version));
            var internalDependencies = nuspecs.SelectMany(n => n.Dependencies).Where(d => PackageIds.Contains(d.Id)).ToList();
            Assert.NotEmpty(internalDependencies);
            Assert.All(internalDependencies, dependency => Assert.Equal(pack.Version, dependency.Version));
        }
    }

    [Fact]
    public async Task A_plain_pack_without_a_version_is_refused_with_the_way_to_pack()
    {
        using var folder = new TemporaryDirectory();

        var (exitCode, output) = await DotnetProcess.RunAsync(
            RepositoryPaths.Root,
            new Dictionary<string, string?>(),
            TimeSpan.FromMinutes(3),
            "pack", Path.Combine(RepositoryPaths.Root, "src", "Redis", "Spoke.Redis.csproj"), "--no-build", "-c", typeof(UniquePackVersionTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release", "-o", folder.Path, "-nodeReuse:false");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error SPOKE299", output, StringComparison.Ordinal);
        Assert.Contains("eng/pack", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Path) && Directory.GetFiles(folder.Path, "*.nupkg").Length > 0);
    }

    // The UTC time in the version: the prefix and the commit are the same for both packs, so this decides their order.
    private static long Stamp(string version) => long.Parse(Regex.Match(version, @"-dev\.(\d+)\.").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
