using System.IO.Compression;
using System.Reflection;
using Spoke.Cli.Tests.Infrastructure;
using static Spoke.Cli.Tests.Infrastructure.SnapshotJson;

namespace Spoke.Cli.Tests.Packaging;

/// <summary>
/// The packed Spoke.Cli tool carries the generator assembly it names schemas with, and runs from the package alone: no Roslyn
/// beside it, so the naming entry point must not need it.
/// </summary>
public sealed class PackedCliTests
{
    [Fact]
    public async Task The_packed_tool_carries_the_generator_and_judges_a_relabel_breaking_without_roslyn()
    {
        using var folder = new TemporaryDirectory();
        var (packed, packOutput) = await DotnetProcess.RunAsync(
            RepositoryPaths.Root,
            new Dictionary<string, string?>(),
            TimeSpan.FromMinutes(5),
            "pack", Path.Combine(RepositoryPaths.Root, "src", "Cli", "Spoke.Cli.csproj"),
            "-c", typeof(PackedCliTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release",
            "--no-build",
            "-o", folder.Combine("package"),
            "-nodeReuse:false",
            "-p:Version=0.0.0-packed-cli-test");
        Assert.True(packed == 0, packOutput);
        var tool = folder.Combine("tool");
        ZipFile.ExtractToDirectory(Directory.GetFiles(folder.Combine("package"), "Spoke.Cli.*.nupkg").Single(path => !path.EndsWith(".snupkg", StringComparison.Ordinal)), tool);
        var toolFolder = Path.Combine(tool, "tools", "net10.0", "any");

        Assert.True(File.Exists(Path.Combine(toolFolder, "Spoke.Generator.dll")));
        Assert.Empty(Directory.GetFiles(toolFolder, "Microsoft.CodeAnalysis*.dll"));

        Directory.CreateDirectory(folder.Combine("before"));
        Directory.CreateDirectory(folder.Combine("after"));
        File.WriteAllBytes(folder.Combine("before", "contacts.json"), Results(Property("source", "enumeration", "select", options: [("hubspot", "HubSpot")])));
        File.WriteAllBytes(folder.Combine("after", "contacts.json"), Results(Property("source", "enumeration", "select", options: [("hubspot", "Hubspot")])));
        var (exitCode, output) = await DotnetProcess.RunAsync(
            folder.Path,
            new Dictionary<string, string?>(),
            TimeSpan.FromMinutes(1),
            Path.Combine(toolFolder, "Spoke.Cli.dll"), "schema", "diff", "--snapshots", "before", "--against", "after", "--fail-on", "breaking");

        Assert.True(exitCode == ExitCodes.ChangesFound, output);
        Assert.Contains("BREAKING option relabelled  source: \"hubspot\": \"HubSpot\" -> \"Hubspot\" (ContactSource.HubSpot (option 'hubspot') is now Hubspot)", output);
    }
}
