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

    public async Task DisposeAsync() => await _redis.DisposeAsync();
}
