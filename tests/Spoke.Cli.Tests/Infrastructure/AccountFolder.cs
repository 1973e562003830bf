using System.Text.Json.Nodes;

namespace Spoke.Cli.Tests.Infrastructure;

/// <summary>A schema folder for an emulator to serve: copies of the repository's snapshots that a test can relabel.</summary>
public sealed class AccountFolder : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public AccountFolder(params string[] snapshots)
    {
        foreach (var snapshot in snapshots)
        {
            File.Copy(System.IO.Path.Combine(RepositoryPaths.SchemaSnapshots, snapshot), folder.Combine(snapshot));
        }
    }

    public string Path => folder.Path;

    /// <summary>Gives option <paramref name="value"/> of <paramref name="property"/> another label, as an admin does in HubSpot's UI.</summary>
    public void Relabel(string snapshot, string property, string value, string label)
    {
        var path = folder.Combine(snapshot);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var definition = root["results"]!.AsArray().Single(node => (string?)node!["name"] == property)!;
        definition["options"]!.AsArray().Single(node => (string?)node!["value"] == value)!["label"] = label;
        File.WriteAllText(path, root.ToJsonString());
    }

    /// <summary>Starts an emulator serving this folder.</summary>
    public Task<EmulatorFixture> StartAsync() => EmulatorFixture.StartAsync(options => options.SchemaDirectory = Path);

    public void Dispose() => folder.Dispose();
}
