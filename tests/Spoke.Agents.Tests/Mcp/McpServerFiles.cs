using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Mcp;

/// <summary>A temporary folder with the token file, the policy and the audit file of one <c>spoke mcp</c> run, and its command line.</summary>
internal sealed class McpServerFiles : IDisposable
{
    private McpServerFiles(string directory) => Directory = directory;

    public string Directory { get; }

    public string AuditPath => Path.Combine(Directory, "audit.jsonl");

    public static async Task<McpServerFiles> CreateAsync(string token, string policy, CancellationToken cancellationToken = default)
    {
        var files = new McpServerFiles(System.IO.Directory.CreateTempSubdirectory("spoke-mcp-").FullName);
        await File.WriteAllTextAsync(Path.Combine(files.Directory, "token"), token, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(files.Directory, "policy.json"), policy, cancellationToken);
        return files;
    }

    /// <summary><c>dotnet</c>'s arguments to run the built CLI's <c>mcp</c> command over stdio for one agent.</summary>
    public IReadOnlyList<string> StdioArguments(Uri baseAddress, string agent) =>
    [
        CliAssemblyPath, "mcp",
        "--base-url", baseAddress.ToString(),
        "--token-file", Path.Combine(Directory, "token"),
        "--policy", Path.Combine(Directory, "policy.json"),
        "--agent", agent,
        "--audit", AuditPath,
        "--schemas", ToolHarness.SnapshotDirectory,
    ];

    public async Task<string[]> ReadAuditLinesAsync() =>
        File.Exists(AuditPath) ? await File.ReadAllLinesAsync(AuditPath) : [];

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    // The test project builds the CLI (a ProjectReference without its assembly); its output sits beside ours by configuration.
    private static string CliAssemblyPath { get; } = Path.Combine(
        Path.GetDirectoryName(ToolHarness.SnapshotDirectory)!,
        "src", "Cli", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "Spoke.Cli.dll");
}
