using System.Diagnostics;
using Spoke.Emulator;

namespace Spoke.Conformance.Tests.Running;

/// <summary>
/// Runs every check once per test run: installs HubSpot's Node client when needed, starts an emulator on loopback and
/// runs the Node runner against it. The tests then read one result each.
/// </summary>
public sealed class ConformanceRun : IAsyncLifetime
{
    private const string MainToken = "pat-na1-conformance-main";
    private const string LimitedToken = "pat-na1-conformance-limited";
    private const string ReadOnlyToken = "pat-na1-conformance-read-only";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    private IReadOnlyDictionary<string, CheckResult> results = new Dictionary<string, CheckResult>();

    /// <summary>How long the Node runner took, for the test output.</summary>
    public TimeSpan Duration { get; private set; }

    internal CheckResult? ResultOf(string id) => results.GetValueOrDefault(id);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!NodeToolchain.IsAvailable)
        {
            return;
        }

        await NodePackages.EnsureInstalledAsync(SuitePaths.NodePackage, SuitePaths.NodeClient);
        await using var hub = await HubSpotEmulator.StartAsync(EmulatorOptions());
        var clock = Stopwatch.StartNew();
        var outcome = await ChildProcess.RunAsync(
            NodeToolchain.Node,
            SuitePaths.NodePackage,
            RunTimeout,
            "run.js",
            "--base-url", hub.BaseAddress.ToString(),
            "--token", MainToken,
            "--limited-token", LimitedToken,
            "--read-only-token", ReadOnlyToken);
        Duration = clock.Elapsed;
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"The conformance runner failed (exit code {outcome.ExitCode}):\n{outcome.StandardError}");
        }

        results = RunnerOutput.Results(outcome.StandardOutput);
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// Limits stay on, so the rate-limit headers and a real 429 are checked, but the main token's burst limit and the
    /// search limit are raised so that the suite's own traffic is never refused; the limited token meets its limit at
    /// once, and the read-only token lacks every write scope.
    /// </summary>
    private static HubSpotEmulatorOptions EmulatorOptions()
    {
        var options = new HubSpotEmulatorOptions { SchemaDirectory = SuitePaths.SchemaSnapshots };
        options.RateLimits.SearchRequestsPerWindow = 100_000;
        options.Tokens.Add(new EmulatorToken(MainToken) { BurstLimit = 1_000_000 });
        options.Tokens.Add(new EmulatorToken(LimitedToken) { BurstLimit = 3 });
        options.Tokens.Add(new EmulatorToken(ReadOnlyToken) { Scopes = ["crm.objects.contacts.read"], BurstLimit = 1_000_000 });
        return options;
    }
}
