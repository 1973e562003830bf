using Spoke.Cli.Tests.Infrastructure;
using Spoke.Testing;
using StackExchange.Redis;

namespace Spoke.Cli.Tests.Pull;

/// <summary><c>--redis</c> counts the CLI's calls in the budget every process on that Redis shares, and a Redis that is down fails nothing.</summary>
public sealed class SharedBudgetPullTests
{
    [Fact]
    public async Task A_pull_with_redis_counts_its_calls_in_the_shared_budget()
    {
        var (configuration, lifetime) = await RedisServer.SharedOrOwnAsync();
        await using var _ = lifetime;
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        var before = await BudgetKeysAsync(redis, configuration);

        var run = await emulator.PullAsync(folder.Path, "--objects", "contacts", "--redis", configuration);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);
        Assert.True(File.Exists(folder.Combine("contacts.json")));
        Assert.NotEmpty((await BudgetKeysAsync(redis, configuration)).Except(before));
    }

    [Fact]
    public async Task A_pull_whose_redis_is_down_goes_on_under_a_local_share()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();

        var run = await emulator.PullAsync(folder.Path, "--objects", "contacts", "--redis", "127.0.0.1:1");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);
        Assert.True(File.Exists(folder.Combine("contacts.json")));
    }

    [Fact]
    public async Task A_malformed_redis_address_is_a_usage_error_before_any_request()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var folder = new TemporaryDirectory();

        var run = await emulator.PullAsync(folder.Path, "--objects", "contacts", "--redis", "127.0.0.1:6379,connectTimeout=soon");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--redis", run.Error);
        Assert.False(File.Exists(folder.Combine("contacts.json")));
    }

    private static async Task<HashSet<string>> BudgetKeysAsync(IConnectionMultiplexer redis, string configuration)
    {
        var server = redis.GetServer(ConfigurationOptions.Parse(configuration).EndPoints[0]);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var key in server.KeysAsync(pattern: "spoke:budget:*"))
        {
            keys.Add(key.ToString());
        }

        return keys;
    }
}
