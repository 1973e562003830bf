using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.BuildIntegration;

/// <summary>
/// A project with no SDK that imports the package's build/Spoke.props and build/Spoke.targets, so the refresh target can
/// run on its own in a second or two, with no restore and no compile.
/// </summary>
public sealed class RefreshTargetsProject : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public RefreshTargetsProject()
    {
        File.WriteAllText(ProjectFile, $"""
            <Project>
              <Import Project="{Path.Combine(RepositoryPaths.GeneratorBuild, "Spoke.props")}" />
              <PropertyGroup>
                <RootNamespace>Refresh</RootNamespace>
                <MSBuildProjectExtensionsPath>$(MSBuildProjectDirectory)/obj/</MSBuildProjectExtensionsPath>
              </PropertyGroup>
              <Import Project="{Path.Combine(RepositoryPaths.GeneratorBuild, "Spoke.targets")}" />
              <Target Name="Build" DependsOnTargets="BeforeBuild;CoreCompile" />
              <Target Name="BeforeBuild" />
              <Target Name="CoreCompile" />
            </Project>
            """);
    }

    public string Directory => folder.Path;

    public string ProjectFile => folder.Combine("refresh.proj");

    public string SnapshotDirectory => folder.Combine("schema-snapshots");

    public Task<(int ExitCode, string Output)> BuildAsync(IReadOnlyDictionary<string, string?> environment, params string[] properties) =>
        BuildAsync(environment, "normal", properties);

    /// <summary>Builds at MSBuild's quiet verbosity, which shows errors only, as <c>dotnet build -v q</c> does.</summary>
    public Task<(int ExitCode, string Output)> BuildQuietAsync(IReadOnlyDictionary<string, string?> environment, params string[] properties) =>
        BuildAsync(environment, "quiet", properties);

    private Task<(int ExitCode, string Output)> BuildAsync(IReadOnlyDictionary<string, string?> environment, string verbosity, string[] properties) =>
        DotnetProcess.RunAsync(
            folder.Path,
            environment,
            TimeSpan.FromMinutes(2),
            ["msbuild", ProjectFile, "-nologo", "-nodeReuse:false", $"-v:{verbosity}", "-t:Build", .. properties.Select(p => "-p:" + p)]);

    public void Dispose() => folder.Dispose();
}
