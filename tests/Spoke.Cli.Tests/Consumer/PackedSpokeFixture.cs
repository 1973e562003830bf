using System.Reflection;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Consumer;

/// <summary>
/// Packs the Spoke package once for the consumer tests, into a temporary folder, under a version used by no other run,
/// so a package left in the NuGet cache by an earlier run can never be picked up instead. The pack reuses the runtime
/// and generator the test run has just built (same configuration), so it takes seconds and packs what was tested.
/// </summary>
public sealed class PackedSpokeFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory root = new();

    public string Version { get; } = $"0.1.0-consumer.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public string PackageFolder => root.Combine("packages");

    public string WorkFolder => root.Path;

    public async Task InitializeAsync()
    {
        var (exitCode, output) = await DotnetProcess.RunAsync(
            RepositoryPaths.Root,
            new Dictionary<string, string?>(),
            TimeSpan.FromMinutes(5),
            "pack", Path.Combine(RepositoryPaths.Root, "src", "Runtime", "Spoke.csproj"),
            "-c", BuildConfiguration(),
            "--no-build",
            "-o", PackageFolder,
            "-nodeReuse:false",
            $"-p:Version={Version}");
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed:\n{output}");
        }
    }

    public Task DisposeAsync()
    {
        var cached = Path.Combine(NuGetPackagesFolder(), "spoke", Version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        root.Dispose();
        return Task.CompletedTask;
    }

    private static string BuildConfiguration() =>
        typeof(PackedSpokeFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    private static string NuGetPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
