using System.Reflection;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Consumer;

/// <summary>
/// Packs the Spoke and Spoke.AspNetCore packages once for the consumer tests, into a temporary folder, under a version used by no other run,
/// so a package left in the NuGet cache by an earlier run can never be picked up instead. The pack reuses the runtime
/// and generator the test run has just built (same configuration), so it takes seconds and packs what was tested.
/// It is shared by the consumer test classes, which run in parallel, and removed when the test process exits.
/// </summary>
public sealed class PackedSpoke
{
    private static readonly Lazy<Task<PackedSpoke>> Shared = new(PackAsync);

    private readonly TemporaryDirectory root = new();

    private PackedSpoke()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete();
    }

    public string Version { get; } = $"0.1.0-consumer.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public string PackageFolder => root.Combine("packages");

    public string WorkFolder => root.Path;

    /// <summary>The package of this test run, packed on first use.</summary>
    public static Task<PackedSpoke> GetAsync() => Shared.Value;

    private static async Task<PackedSpoke> PackAsync()
    {
        var package = new PackedSpoke();
        await package.PackIntoFolderAsync();
        return package;
    }

    private static readonly string[] Projects = [Path.Combine("Runtime", "Spoke.csproj"), Path.Combine("AspNetCore", "Spoke.AspNetCore.csproj")];

    private static readonly string[] PackageIds = ["spoke", "spoke.aspnetcore"];

    private async Task PackIntoFolderAsync()
    {
        foreach (var project in Projects)
        {
            var (exitCode, output) = await DotnetProcess.RunAsync(
                RepositoryPaths.Root,
                new Dictionary<string, string?>(),
                TimeSpan.FromMinutes(5),
                "pack", Path.Combine(RepositoryPaths.Root, "src", project),
                "-c", BuildConfiguration(),
                "--no-build",
                "-o", PackageFolder,
                "-nodeReuse:false",
                $"-p:Version={Version}");
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
            }
        }
    }

    private void Delete()
    {
        foreach (var id in PackageIds)
        {
            var cached = Path.Combine(NuGetPackagesFolder(), id, Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        root.Dispose();
    }

    private static string BuildConfiguration() =>
        typeof(PackedSpoke).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    private static string NuGetPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
