namespace Spoke.Testing;

/// <summary>Finds Node.js and npm on <c>PATH</c>, for the tests that run official Node clients and validators.</summary>
internal static class NodeToolchain
{
    public const string MissingMessage =
        "Node.js is not installed (no `node` on PATH): this test runs a Node.js package (HubSpot's official client, or ajv). " +
        "Install Node.js 20 or later with npm to run it; CI has it.";

    private static readonly Lazy<string?> NodePath = new(() => Find("node"));
    private static readonly Lazy<string?> NpmPath = new(() => Find("npm"));

    public static bool IsAvailable => NodePath.Value is not null;

    public static string Node => NodePath.Value ?? throw new InvalidOperationException(MissingMessage);

    public static string Npm => NpmPath.Value ??
        throw new InvalidOperationException("npm is not on PATH, so the test cannot install its pinned Node.js packages. Install npm beside Node.js.");

    private static string? Find(string name)
    {
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd" } : new[] { "" };
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories
            .SelectMany(directory => extensions.Select(extension => Path.Combine(directory, name + extension)))
            .FirstOrDefault(File.Exists);
    }
}
