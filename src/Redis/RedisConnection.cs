using StackExchange.Redis;

namespace Spoke.Redis;

/// <summary>Opens Redis connections with the settings a budget store needs: never block or fail a HubSpot call on Redis.</summary>
public static class RedisConnection
{
    /// <summary>
    /// Connects to Redis without waiting for it: the connection is made in the background and re-made after an outage, and a
    /// command sent while Redis is unreachable fails at once (within a second at most) instead of queueing, so the client can
    /// fall back to its local share of the budget.
    /// </summary>
    /// <param name="configuration">A StackExchange.Redis configuration string, for example <c>localhost:6379</c>.</param>
    /// <returns>The connection; dispose it when the application stops.</returns>
    /// <exception cref="ArgumentException">The configuration string is empty or malformed.</exception>
    public static IConnectionMultiplexer Create(string configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2_000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1_000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1_000);
        return ConnectionMultiplexer.Connect(options);
    }
}
