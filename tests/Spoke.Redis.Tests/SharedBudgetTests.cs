using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Spoke.Runtime.Tests.Transport.Fakes;
using StackExchange.Redis;

namespace Spoke.Redis.Tests;

/// <summary>
/// Several processes on one token: real OS processes with several clients each, sharing only Redis and the emulator, which
/// counts every request on arrival as HubSpot does.
/// </summary>
public sealed class SharedBudgetTests
{
    private const int BurstLimit = 30;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Three_processes_with_four_clients_each_keep_to_the_limit_together_and_use_at_least_95_percent_of_it()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await SharedBudgetHarness.StartEmulatorAsync(out var token, BurstLimit);
        var processes = Enumerable.Range(0, 3)
            .Select(_ => BudgetProcess.Start(emulator, token, redis.Configuration, BurstLimit, clients: 4, TimeSpan.FromSeconds(35)))
            .ToList();

        var results = await Task.WhenAll(processes.Select(process => process.ResultAsync(TimeSpan.FromSeconds(90))));

        processes.ForEach(process => process.Dispose());
        var tally = emulator.State.RateLimiter.Tally(token);
        Assert.All(results, result => Assert.True(result.Sent > 0, "a process sent nothing"));
        Assert.Equal(0, results.Sum(result => result.Failed));
        Assert.Equal(0, results.Sum(result => result.StoreErrors));
        Assert.Equal(0, tally.Refused);
        Assert.True(tally.Admitted.Count >= results.Sum(result => result.Sent), "the emulator saw fewer requests than the processes had answered");
        Assert.True(ArrivalStatistics.MaxInAnyWindow(tally.Admitted, Window) <= BurstLimit);
        var share = ArrivalStatistics.MedianShareOfLimit(tally.Admitted, BurstLimit, Window);
        Assert.True(share >= 0.95, $"together the processes used {share:P1} of the limit");
    }

    [Fact]
    public async Task Redis_stopped_mid_run_fails_no_call_warns_and_counts_then_the_shared_budget_returns_when_it_is_back()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await SharedBudgetHarness.StartEmulatorAsync(out var token, BurstLimit);
        using var connection = RedisConnection.Create(redis.Configuration);
        var store = new RedisBudgetStore(connection, new RedisBudgetStoreOptions { ExpectedProcessCount = 2 });
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(logs)));
        using var degraded = new MetricCollector<long>(null, HubSpotDiagnostics.MeterName, "spoke.hubspot.budget.store.degraded");
        var clients = Enumerable.Range(0, 3).Select(_ => SharedBudgetHarness.Client(emulator, token, store, BurstLimit, loggerFactory)).ToList();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(23));

        // The first window's permits are spent at once and lapse after 10 s: Redis goes away just as they do.
        var running = Task.WhenAll(clients.Select(client => SharedBudgetHarness.SendUntilAsync(client, stop.Token)));
        await Task.Delay(TimeSpan.FromSeconds(10.5));
        await redis.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await redis.RestartAsync();
        var failures = await running;

        clients.ForEach(client => client.Dispose());
        var tally = emulator.State.RateLimiter.Tally(token);
        Assert.Equal(0, failures.Sum());
        Assert.Equal(0, tally.Refused);
        var messages = string.Join("\n", logs.GetSnapshot().Select(log => $"{log.Level} {log.Message}").Distinct().Take(10));
        Assert.True(logs.GetSnapshot().Any(log => log.Level == LogLevel.Warning && log.Message.Contains("cannot be reached", StringComparison.Ordinal)), messages);
        Assert.True(logs.GetSnapshot().Any(log => log.Message.Contains("back to the shared budget", StringComparison.Ordinal)), messages);
        var transitions = degraded.GetMeasurementSnapshot().Select(measurement => measurement.Value).ToList();
        Assert.Equal(1, transitions[0]);
        Assert.Equal(0, transitions.Sum());
        var keys = connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: "spoke:budget:*").ToList();
        Assert.NotEmpty(keys);
    }
}
