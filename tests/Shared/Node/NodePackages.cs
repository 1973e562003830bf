using System.Text.Json;

namespace Spoke.Testing;

/// <summary>
/// Installs a Node package folder's pinned dependencies with <c>npm ci</c> when they are missing or differ from
/// <c>package.json</c>, so the tests also run from a fresh clone without <c>.ci/run</c>.
/// </summary>
internal static class NodePackages
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <param name="folder">The folder with <c>package.json</c> and <c>package-lock.json</c>.</param>
    /// <param name="package">The dependency whose installed version tells whether <c>npm ci</c> is needed.</param>
    public static async Task EnsureInstalledAsync(string folder, string package)
    {
        var pinned = PinnedVersion(folder, package);
        if (InstalledVersion(folder, package) == pinned)
        {
            return;
        }

        var outcome = await ChildProcess.RunAsync(NodeToolchain.Npm, folder, InstallTimeout, "ci", "--no-audit", "--no-fund");
        if (outcome.ExitCode != 0 || InstalledVersion(folder, package) != pinned)
        {
            throw new InvalidOperationException(
                $"`npm ci` in {folder} did not install {package} {pinned} (exit code {outcome.ExitCode}). " +
                $"Check that the npm registry is reachable. npm printed:\n{outcome.StandardError}");
        }
    }

    private static string PinnedVersion(string folder, string package)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package.json")));
        return manifest.RootElement.GetProperty("dependencies").GetProperty(package).GetString()
            ?? throw new InvalidOperationException($"{folder}/package.json does not pin {package}.");
    }

    private static string? InstalledVersion(string folder, string package)
    {
        var path = Path.Combine(folder, "node_modules", package, "package.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(path));
        return manifest.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }
}
