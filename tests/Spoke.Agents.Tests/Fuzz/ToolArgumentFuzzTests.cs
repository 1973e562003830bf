using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spoke.Agents.Audit;
using Spoke.Agents.Catalog;
using Spoke.Agents.Policy;
using Spoke.Agents.Tests.Fakes;
using Spoke.Agents.Tools;
using Spoke.Emulator;
using Xunit.Abstractions;

namespace Spoke.Agents.Tests.Fuzz;

/// <summary>
/// Random, often hostile, arguments for the six tools against the emulator: no exception escapes, every call is
/// audited once, no answer carries the token or a stack trace, a refused call sends nothing, and nothing the policy
/// denies ever reaches HubSpot. One fixed seed, and one new seed per run printed for reproduction
/// (set SPOKE_AGENTS_FUZZ_SEED to replay it).
/// </summary>
public sealed partial class ToolArgumentFuzzTests
{
    private const int FixedSeed = 20261206;
    private const int CallsPerSeed = 300;
    private const string Agent = "fuzzer";

    private const string Policy = """
        {"agents": {"fuzzer": {
          "contacts": {"access": "write", "allowProperties": ["firstname", "lastname", "email", "phone"], "denyProperties": ["lastname"]},
          "companies": "read",
          "tickets": {"access": "write", "delete": true},
          "shipment": "read",
          "deals": "none"
        }}}
        """;

    private readonly ITestOutputHelper _output;

    public ToolArgumentFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Hostile_arguments_are_refused_or_run_within_the_policy_and_always_audited()
    {
        var randomSeed = int.TryParse(Environment.GetEnvironmentVariable("SPOKE_AGENTS_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var replay)
            ? replay
            : Random.Shared.Next();
        _output.WriteLine($"Fuzz seeds: {FixedSeed} (fixed) and {randomSeed} (this run; replay with SPOKE_AGENTS_FUZZ_SEED={randomSeed}).");

        var options = new HubSpotEmulatorOptions { RateLimits = new EmulatorRateLimits { Enabled = false } };
        options.Seed["contacts"] = 20;
        options.Seed["companies"] = 10;
        options.Seed["tickets"] = 10;
        options.Seed["deals"] = 10;
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var recorder = new RequestRecorder(new SocketsHttpHandler());
        using var httpClient = new HttpClient(recorder);
        using var client = new HubSpotClient(httpClient, new HubSpotClientOptions
        {
            AccessToken = hub.AccessToken,
            BaseAddress = hub.BaseAddress,
            RequestsPerTenSeconds = 1_000_000,
            SearchRequestsPerSecond = 100_000,
        });
        var catalog = SnapshotCatalog.Load(ToolHarness.SnapshotDirectory);
        var policy = PolicyFileReader.Parse(Policy, catalog.ObjectTypeResolver);
        var audit = new MemoryAuditLog();
        var toolSet = ToolSetFactory.Create(client, policy, audit, catalog);

        var problems = new List<string>();
        foreach (var seed in new[] { FixedSeed, randomSeed })
        {
            var arguments = new HostileArguments(new Random(seed));
            for (var call = 0; call < CallsPerSeed && problems.Count < 10; call++)
            {
                var (tool, json) = arguments.Next();
                var where = $"seed {seed}, call {call}: {tool} {Shorten(json)}";
                using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1_000 });
                var before = audit.Entries.Count;
                try
                {
                    var result = await toolSet.RunAsync(toolSet.Tools.Single(candidate => candidate.Name == tool), Agent, document.RootElement);
                    Check(result.Text, hub.AccessToken, where, problems);
                }
                catch (Exception exception)
                {
                    problems.Add($"{where}\n  escaped: {exception.GetType().Name}: {exception.Message}");
                }

                var requests = recorder.TakeAll();
                if (audit.Entries.Count != before + 1)
                {
                    problems.Add($"{where}\n  {audit.Entries.Count - before} audit entries");
                    continue;
                }

                // A denied call sends nothing; invalid arguments may be checked against what HubSpot has (a label, a property
                // group) but never write.
                var entry = audit.Entries[^1];
                var sent = requests.Where(request => entry.Outcome == AuditOutcome.Denied || request.Method != HttpMethod.Get && !IsRead(request.Path)).ToList();
                if (entry.Outcome is AuditOutcome.Denied or AuditOutcome.Invalid && sent.Count > 0)
                {
                    problems.Add($"{where}\n  {entry.Outcome}, yet sent {string.Join(", ", sent.Select(request => $"{request.Method} {request.Path}"))}");
                }

                foreach (var (method, path) in requests)
                {
                    if (path.Contains("/crm/v3/owners", StringComparison.Ordinal) && !policy.EvaluateOwners(Agent).IsAllowed)
                    {
                        problems.Add($"{where}\n  {entry.Outcome}: sent {method} {path}, a read of owners the policy denies");
                    }

                    foreach (var (objectType, operation) in RequestOperations.Of(method, path, catalog.ObjectTypeResolver))
                    {
                        if (!policy.Evaluate(Agent, objectType, operation, []).IsAllowed)
                        {
                            problems.Add($"{where}\n  {entry.Outcome}: sent {method} {path}, a {operation} of {objectType.Name} the policy denies");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(audit.Entries, entry => entry.Outcome == AuditOutcome.Succeeded);
        Assert.Contains(audit.Entries, entry => entry.Outcome == AuditOutcome.Denied);
    }

    private static bool IsRead(string path) =>
        path.EndsWith("/search", StringComparison.Ordinal) || path.EndsWith("/batch/read", StringComparison.Ordinal)
        || path.EndsWith("/access-token-info", StringComparison.Ordinal);

    private static void Check(string text, string token, string where, List<string> problems)
    {
        if (text.Contains(token, StringComparison.Ordinal))
        {
            problems.Add($"{where}\n  the answer holds the token");
        }

        if (StackFrame().IsMatch(text) || text.Contains("Exception", StringComparison.Ordinal))
        {
            problems.Add($"{where}\n  the answer shows an exception: {Shorten(text)}");
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} characters)";

    [GeneratedRegex(@"\bat [\w.]+\(|\s+at \S+ in \S+:line \d+")]
    private static partial Regex StackFrame();
}
