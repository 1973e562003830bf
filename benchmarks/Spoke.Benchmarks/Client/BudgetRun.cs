using System.Diagnostics;
using System.Globalization;
using Spoke.Emulator;
using Spoke.RateLimiting;
using Spoke.Redis;
using Spoke.Runtime.Tests.Transport.Fakes;
using Spoke.Search;

namespace Spoke.Benchmarks.Client;

/// <summary>
/// Issue 14's runs: 20,000 (or 100,000) contacts upserted, or 25,000 search results enumerated, against an emulator enforcing a
/// Professional token's 190 requests per 10 s and 5 searches per second, with a latency fault on every request, through the
/// in-process budget or a Redis one; and the added latency of one Redis permit (take and set the hold) on loopback.
/// </summary>
internal static class BudgetRun
{
    private const int BurstLimit = 190;
    private const int SearchLimit = 5;

    /// <summary>100,000 contacts instead of 20,000: the first window's cold start weighs a fifth as much.</summary>
    private const string LongUpsert = "upsert-long";

    /// <summary>Runs one measurement and returns its line of figures.</summary>
    /// <param name="mode"><c>upsert</c>, <c>upsert-long</c>, <c>search</c> or <c>permit</c>.</param>
    /// <param name="latency">The latency fault added to every request.</param>
    /// <param name="redis">A Redis configuration string, or null for the in-process budget.</param>
    public static async Task<string> MeasureAsync(string mode, TimeSpan latency, string? redis)
    {
        using var connection = redis is null ? null : RedisConnection.Create(redis);
        HubSpotBudgetStore? store = connection is null ? null : new RedisBudgetStore(connection);
        if (mode == "permit")
        {
            return await PermitAsync(store ?? throw new ArgumentException("The permit run needs a Redis configuration string."));
        }

        var token = "pat-na1-benchmark-" + Guid.NewGuid().ToString("N");
        var options = new HubSpotEmulatorOptions();
        options.Tokens.Add(new EmulatorToken(token) { Tier = HubSpotTier.Professional, BurstLimit = BurstLimit });
        if (mode == "search")
        {
            options.Seed["contacts"] = 25_000;
        }

        if (latency > TimeSpan.Zero)
        {
            options.Faults.Rules.Add(new FaultRule(FaultKind.Latency) { Latency = latency });
        }

        await using var emulator = await HubSpotEmulator.StartAsync(options).ConfigureAwait(false);
        using var client = new HubSpotClient(new HubSpotClientOptions
        {
            AccessToken = token,
            BaseAddress = emulator.BaseAddress,
            ApiTier = HubSpotApiTier.ProfessionalOrEnterprise,
            BudgetStore = store,
        });
        var budget = store is null ? "in-process" : "redis";
        var stopwatch = Stopwatch.StartNew();
        if (mode == "search")
        {
            var results = 0;
            await foreach (var _ in client.SearchAsync(CrmObjectType.Contacts, new SearchRequest { Properties = ["email"] }).ConfigureAwait(false))
            {
                results++;
            }

            var perSecond = results / stopwatch.Elapsed.TotalSeconds;
            var searches = emulator.State.RateLimiter.SearchTally;
            var second = TimeSpan.FromSeconds(1);
            var searchShare = ArrivalStatistics.MedianShareOfLimit(searches.Admitted, SearchLimit, second);
            return Invariant($"search +{latency.TotalMilliseconds} ms, {budget}: {results:N0} results in {stopwatch.Elapsed.TotalSeconds:0.00} s, {perSecond:N0} rec/s, {perSecond / 1_000:P1} of the 1,000 rec/s search ceiling; per second (median) {searchShare:P1}; most in any second {ArrivalStatistics.MaxInAnyWindow(searches.Admitted, second)}; searches {searches.Admitted.Count}; server 429s {searches.Refused}");
        }

        var inputs = Enumerable.Range(0, mode == LongUpsert ? 100_000 : 20_000).Select(i => new CrmObjectInput { ["email"] = Invariant($"budget{i}@example.com"), ["firstname"] = "Budget" }).ToList();
        var upserted = await client.BatchUpsertAsync(CrmObjectType.Contacts, "email", inputs).ConfigureAwait(false);
        stopwatch.Stop();
        var tally = emulator.State.RateLimiter.Tally(token);
        var admitted = tally.Admitted.Order().ToList();
        var records = upserted.Records.Count();
        var rate = records / stopwatch.Elapsed.TotalSeconds;
        var window = TimeSpan.FromSeconds(10);
        var steady = ArrivalStatistics.MedianShareOfLimit(admitted, BurstLimit, window);
        return Invariant($"{mode} +{latency.TotalMilliseconds} ms, {budget}: {records:N0} records in {stopwatch.Elapsed.TotalSeconds:0.00} s, {rate:N0} rec/s, {rate / 1_900:P1} of 1,900; per window (median) {steady:P1}; most in any window {ArrivalStatistics.MaxInAnyWindow(admitted, window)}; first window {admitted.Count(time => time - admitted[0] < window)} of {BurstLimit}; server 429s {tally.Refused}; failed inputs {upserted.Failures.Count()}");
    }

    private static async Task<string> PermitAsync(HubSpotBudgetStore store)
    {
        var bucket = new BudgetBucket("burst:token:BENCHMARK" + Guid.NewGuid().ToString("N"), int.MaxValue);
        var samples = new List<double>();
        for (var i = 0; i < 12_000; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var grant = await store.TryAcquireAsync(bucket, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            await store.SetHoldAsync(bucket, grant.PermitId!, TimeSpan.FromSeconds(10.1)).ConfigureAwait(false);
            if (i >= 2_000)
            {
                samples.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        return Invariant($"Redis permit (take + set hold), {samples.Count:N0} after 2,000 warm-up: p50 {samples[samples.Count / 2]:0.000} ms, p99 {samples[(int)(samples.Count * 0.99)]:0.000} ms");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
