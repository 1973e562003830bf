using System.Net;
using System.Net.Sockets;

namespace Spoke.Conformance.Tests.Running;

/// <summary>The runner reports a broken server as failed checks, so a green run means the checks really passed.</summary>
public sealed class RunnerTests
{
    [NodeFact]
    public async Task Checks_fail_with_a_reason_when_nothing_answers()
    {
        await NodePackages.EnsureInstalledAsync(SuitePaths.NodePackage, SuitePaths.NodeClient);
        var outcome = await ChildProcess.RunAsync(
            NodeToolchain.Node,
            SuitePaths.NodePackage,
            TimeSpan.FromMinutes(1),
            "run.js", "--base-url", $"http://127.0.0.1:{ClosedPort()}", "--token", "pat-na1-nobody", "--only", "objects.get-by-id,errors");

        Assert.Equal(0, outcome.ExitCode);
        var results = RunnerOutput.Results(outcome.StandardOutput);
        Assert.Contains("objects.get-by-id", results.Keys);
        Assert.Contains(results.Keys, id => id.StartsWith("errors.", StringComparison.Ordinal));
        Assert.All(results.Values, r =>
        {
            Assert.False(r.Passed, $"{r.Id} passed against a closed port");
            Assert.False(string.IsNullOrWhiteSpace(r.Detail), $"{r.Id} failed without a reason");
        });
    }

    [NodeFact]
    public async Task Listing_names_every_check_with_its_area_and_source()
    {
        var outcome = await ChildProcess.RunAsync(NodeToolchain.Node, SuitePaths.NodePackage, TimeSpan.FromMinutes(1), "run.js", "--list");

        var checks = RunnerOutput.Listing(outcome.StandardOutput);
        Assert.True(checks.Count >= 200, $"only {checks.Count} checks");
        Assert.All(checks, c =>
        {
            Assert.StartsWith(c.Area + ".", c.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(c.Source), $"{c.Id} cites no source");
        });
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
