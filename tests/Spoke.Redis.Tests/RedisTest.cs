using StackExchange.Redis;

namespace Spoke.Redis.Tests;

/// <summary>
/// A test on a Redis it never stops: the one <c>.ci/run</c> started, or a server of its own. <see cref="Run"/> keeps its keys
/// apart from other tests' on a shared server.
/// </summary>
public abstract class RedisTest : IAsyncLifetime
{
    private IAsyncDisposable _redis = null!;

    protected string Run { get; } = Guid.NewGuid().ToString("N");

    protected string Configuration { get; private set; } = null!;

    public async Task InitializeAsync() => (Configuration, _redis) = await RedisServer.SharedOrOwnAsync();

    /// <summary>
    /// A connection made as the store's users make it (<see cref="RedisConnection.Create"/>, one-second timeouts), once it
    /// answers: on a loaded machine the first command after connecting can take longer than that, which these tests of what
    /// the stores keep are not about.
    /// </summary>
    protected async Task<IConnectionMultiplexer> ConnectAsync()
    {
        var connection = RedisConnection.Create(Configuration);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await connection.GetDatabase().PingAsync();
                return connection;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException && attempt < 20)
            {
                await Task.Delay(250);
            }
        }
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();
}
