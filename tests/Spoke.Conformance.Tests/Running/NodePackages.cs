using System.Text.Json;

namespace Spoke.Conformance.Tests.Running;

/// <summary>
/// Installs the Node package's pinned dependencies with <c>npm ci</c> when they are missing or differ from
/// <c>package.json</c>, so the suite also runs from a fresh clone without <c>.ci/run</c>.
/// </summary>
internal static class NodePackages
{
    private const string Client = "@hubspot/api-client";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public static async Task EnsureInstalledAsync()
    {
        var pinned = PinnedClientVersion();
        if (InstalledClientVersion() == pinned)
        {
            return;
        }

        var outcome = await ChildProcess.RunAsync(NodeToolchain.Npm, SuitePaths.NodePackage, InstallTimeout, "ci", "--no-audit", "--no-fund");
        if (outcome.ExitCode != 0 || InstalledClientVersion() != pinned)
        {
            throw new InvalidOperationException(
                $"`npm ci` in {SuitePaths.NodePackage} did not install {Client} {pinned} (exit code {outcome.ExitCode}). " +
                $"Check that the npm registry is reachable. npm printed:\n{outcome.StandardError}");
        }
    }

    private static string PinnedClientVersion()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(SuitePaths.NodePackage, "package.json")));
        return package.RootElement.GetProperty("dependencies").GetProperty(Client).GetString()
            ?? throw new InvalidOperationException($"package.json does not pin {Client}.");
    }

    private static string? InstalledClientVersion()
    {
        var path = Path.Combine(SuitePaths.NodePackage, "node_modules", "@hubspot", "api-client", "package.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var package = JsonDocument.Parse(File.ReadAllText(path));
        return package.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }
}
