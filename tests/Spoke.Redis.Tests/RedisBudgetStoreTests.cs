using Spoke.RateLimiting;
using StackExchange.Redis;

namespace Spoke.Redis.Tests;

/// <summary>The store's scripts against a real Redis: atomic across connections, holds on Redis's clock, the daily quota.</summary>
public sealed class RedisBudgetStoreTests : RedisTest
{
    [Fact]
    public async Task Two_connections_racing_for_permits_never_hold_more_than_the_limit_between_them()
    {
        using var first = await ConnectAsync();
        using var second = await ConnectAsync();
        var stores = new[] { new RedisBudgetStore(first), new RedisBudgetStore(second) };
        var bucket = new BudgetBucket("burst:token:RACE" + Run, 10);

        var grants = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => stores[i % 2].TryAcquireAsync(bucket, TimeSpan.FromSeconds(30)).AsTask()));

        Assert.Equal(10, grants.Count(grant => grant.IsGranted));
        Assert.Equal(10, grants.Where(grant => grant.IsGranted).Select(grant => grant.PermitId).Distinct().Count());
        Assert.All(grants.Where(grant => !grant.IsGranted), grant => Assert.InRange(grant.RetryAfter, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_store_says_so_when_Redis_loses_permits_it_still_holds_and_not_when_they_lapsed_and_the_keys_expired()
    {
        using var redis = await ConnectAsync();
        var database = redis.GetDatabase();
        var store = new RedisBudgetStore(redis);
        var held = new BudgetBucket("burst:token:LOST" + Run, 5);
        var idle = new BudgetBucket("burst:token:IDLE" + Run, 5);
        Assert.True((await store.TryAcquireAsync(held, TimeSpan.FromSeconds(30))).IsGranted);
        Assert.True((await store.TryAcquireAsync(idle, TimeSpan.FromMilliseconds(50))).IsGranted);

        // What a restart without persistence, a flush or an eviction leaves of the held bucket; the idle one's keys expire
        // a second after its hold.
        var keys = "spoke:budget:{" + held.Key + "}";
        await database.KeyDeleteAsync([keys, keys + ":seq", keys + ":epoch"]);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(await database.KeyExistsAsync("spoke:budget:{" + idle.Key + "}:epoch"));

        var lost = await Assert.ThrowsAsync<InvalidOperationException>(() => store.TryAcquireAsync(held, TimeSpan.FromSeconds(30)).AsTask());
        var afterIdle = await store.TryAcquireAsync(idle, TimeSpan.FromSeconds(30));
        var afterLoss = await store.TryAcquireAsync(held, TimeSpan.FromSeconds(30));

        Assert.Contains("lost the budget's permits", lost.Message, StringComparison.Ordinal);
        Assert.True(afterIdle.IsGranted);
        Assert.True(afterLoss.IsGranted);
    }

    [Fact]
    public async Task A_permit_lapses_at_the_hold_it_is_set_to_later_or_earlier_and_a_lapsed_one_stays_lapsed()
    {
        using var redis = await ConnectAsync();
        var store = new RedisBudgetStore(redis);
        var bucket = new BudgetBucket("burst:token:SETHOLD" + Run, 1);
        var permit = await store.TryAcquireAsync(bucket, TimeSpan.FromMilliseconds(300));

        await store.SetHoldAsync(bucket, permit.PermitId!, TimeSpan.FromHours(1));
        await Task.Delay(400);
        var lengthened = await store.TryAcquireAsync(bucket, TimeSpan.FromMinutes(1));
        await store.SetHoldAsync(bucket, permit.PermitId!, TimeSpan.FromMilliseconds(1));
        var shortened = await store.TryAcquireAsync(bucket, TimeSpan.FromMilliseconds(1));
        await Task.Delay(20);
        await store.SetHoldAsync(bucket, shortened.PermitId!, TimeSpan.FromHours(1));
        var afterLapse = await store.TryAcquireAsync(bucket, TimeSpan.FromMinutes(1));

        Assert.False(lengthened.IsGranted);
        Assert.True(lengthened.RetryAfter > TimeSpan.FromMinutes(59));
        Assert.True(shortened.IsGranted);
        Assert.True(afterLapse.IsGranted);
    }

    private string Daily => "daily:token:" + Run;

    [Fact]
    public async Task The_daily_quota_is_taken_from_the_last_report_by_every_connection_and_is_unknown_without_one()
    {
        using var first = await ConnectAsync();
        using var second = await ConnectAsync();
        var reporter = new RedisBudgetStore(first);
        var other = new RedisBudgetStore(second);

        var before = await other.TakeDailyAsync(Daily);
        await reporter.ReportDailyRemainingAsync(Daily, 2, TimeSpan.FromMinutes(1));
        var taken = new[] { await other.TakeDailyAsync(Daily), await reporter.TakeDailyAsync(Daily), await other.TakeDailyAsync(Daily) };

        Assert.Null(before);
        Assert.Equal([2, 1, 0], taken);
    }

    [Fact]
    public async Task Keys_name_a_token_only_by_its_hash()
    {
        await using var emulator = await SharedBudgetHarness.StartEmulatorAsync(out var token, burstLimit: 100);
        using var redis = await ConnectAsync();
        using var client = SharedBudgetHarness.Client(emulator, token, new RedisBudgetStore(redis), 100);

        await client.SendAsync(SharedBudgetHarness.List);

        var keys = redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: "spoke:*").Select(key => key.ToString()).ToList();
        Assert.Contains(keys, key => key.Contains("burst:token:", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, key => key.Contains(token, StringComparison.Ordinal) || key.Contains(token[8..], StringComparison.Ordinal));
    }
}
