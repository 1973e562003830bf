namespace Spoke.Conformance.Tests.Running;

/// <summary>Finds Node.js and npm on <c>PATH</c>; the checks run HubSpot's official Node client.</summary>
internal static class NodeToolchain
{
    public const string MissingMessage =
        "Node.js is not installed (no `node` on PATH): the conformance checks run HubSpot's official Node client. " +
        "Install Node.js 20 or later with npm to run them; CI has it.";

    private static readonly Lazy<string?> NodePath = new(() => Find("node"));
    private static readonly Lazy<string?> NpmPath = new(() => Find("npm"));

    public static bool IsAvailable => NodePath.Value is not null;

    public static string Node => NodePath.Value ?? throw new InvalidOperationException(MissingMessage);

    public static string Npm => NpmPath.Value ??
        throw new InvalidOperationException("npm is not on PATH, so the conformance suite cannot install HubSpot's Node client. Install npm beside Node.js.");

    private static string? Find(string name)
    {
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd" } : new[] { "" };
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories
            .SelectMany(directory => extensions.Select(extension => Path.Combine(directory, name + extension)))
            .FirstOrDefault(File.Exists);
    }
}
