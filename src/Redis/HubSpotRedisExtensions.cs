using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spoke.Webhooks;
using StackExchange.Redis;

namespace Spoke.Redis;

/// <summary>Turns on the Redis budget store and webhook idempotency store with one line of configuration.</summary>
public static class HubSpotRedisExtensions
{
    /// <summary>
    /// Shares the HubSpot client's rate-limit budget with every process that uses the same Redis, for example
    /// <c>services.AddHubSpot(…).UseRedisBudget("localhost:6379")</c>. The connection is a singleton made on first use;
    /// calls go on under a local share of the budget while Redis cannot be reached.
    /// </summary>
    /// <param name="builder">The builder <c>AddHubSpot</c> returned.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string, for example <c>localhost:6379</c>.</param>
    /// <param name="configure">Sets the key prefix and the expected number of processes; optional.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">The configuration string is empty.</exception>
    public static IHttpClientBuilder UseRedisBudget(this IHttpClientBuilder builder, string configuration, Action<RedisBudgetStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var options = new RedisBudgetStoreOptions();
        configure?.Invoke(options);
        AddConnection(builder.Services, configuration);
        builder.Services.TryAddSingleton(provider => new RedisBudgetStore(provider.GetRequiredService<IConnectionMultiplexer>(), options));
        builder.Services.AddOptions<HubSpotClientOptions>().Configure<RedisBudgetStore>((client, store) => client.BudgetStore = store);
        return builder;
    }

    /// <summary>
    /// Registers a <see cref="RedisWebhookIdempotencyStore"/> as the <see cref="IWebhookIdempotencyStore"/>, so several webhook
    /// receivers sharing the Redis run each event once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string, for example <c>localhost:6379</c>.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentException">The configuration string is empty.</exception>
    public static IServiceCollection AddRedisWebhookIdempotency(this IServiceCollection services, string configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        AddConnection(services, configuration);
        services.RemoveAll<IWebhookIdempotencyStore>();
        services.AddSingleton<IWebhookIdempotencyStore>(provider => new RedisWebhookIdempotencyStore(provider.GetRequiredService<IConnectionMultiplexer>()));
        return services;
    }

    private static void AddConnection(IServiceCollection services, string configuration) =>
        services.TryAddSingleton(_ => RedisConnection.Create(configuration));
}
