using Spoke.Cli.Tests.Consumer;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Readme;

/// <summary>
/// The refresh-on-build flow with the CLI installed the way the README installs it: <c>dotnet tool install --global
/// Spoke.Cli</c> (from the packed feed, into a temporary home so the real one is untouched), then
/// <c>dotnet build -p:SpokeRefreshSchema=true</c> with only <c>HUBSPOT_BASE_URL</c> pointing at a loopback emulator.
/// </summary>
public sealed class GlobalToolRefreshTests
{
    private const string Program = """
        using MyApp.HubSpot;

        var query = Contact.Where(c => c.Email.HasProperty()).Select(c => [c.Email, c.FirstName]);
        Console.WriteLine(query.Request.ToJson());
        """;

    [Fact]
    public async Task The_globally_installed_tool_refreshes_the_snapshots_on_build_from_a_local_emulator()
    {
        var packed = await PackedSpoke.GetAsync();
        await using var emulator = await EmulatorFixture.StartAsync();
        using var home = new TemporaryDirectory();
        Directory.CreateDirectory(home.Path);
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = home.Path,
            ["DOTNET_CLI_HOME"] = home.Path,
            // The packages restored by the build (and the tool's) go to the machine's cache, as for the other consumer tests:
            // an empty one would download every dependency again.
            ["NUGET_PACKAGES"] = PackedSpoke.NuGetPackagesFolder(),
            ["HUBSPOT_BASE_URL"] = emulator.BaseUrl,
        };

        var install = await DotnetProcess.RunAsync(home.Path, environment, TimeSpan.FromMinutes(3),
            "tool", "install", "--global", "Spoke.Cli", "--add-source", packed.PackageFolder, "--version", packed.Version);
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.True(File.Exists(Path.Combine(home.Path, ".dotnet", "tools", "spoke")), install.Output);

        var project = Path.Combine(packed.WorkFolder, "global-tool-refresh");
        var created = await DotnetProcess.RunAsync(packed.WorkFolder, environment, TimeSpan.FromMinutes(2),
            "new", "console", "-n", "MyApp", "-o", project, "--no-restore");
        Assert.True(created.ExitCode == 0, created.Output);
        ReadmeProject.Prepare(project, packed, ["Spoke"]);
        foreach (var snapshot in Directory.GetFiles(Path.Combine(project, "schema-snapshots")))
        {
            File.Delete(snapshot);
        }

        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);

        var build = await DotnetProcess.RunAsync(project, environment, TimeSpan.FromMinutes(6),
            "build", "-c", "Release", "-nodeReuse:false", "-p:TreatWarningsAsErrors=true", "-p:SpokeRefreshSchema=true", "-p:SpokeRefreshObjects=contacts");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(["contacts.json"], Directory.GetFiles(Path.Combine(project, "schema-snapshots")).Select(Path.GetFileName));
        var run = await DotnetProcess.RunAsync(project, environment, TimeSpan.FromMinutes(1), Path.Combine(project, "bin", "Release", "net10.0", "MyApp.dll"));
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("\"propertyName\":\"email\"", run.Output, StringComparison.Ordinal);
    }
}
