using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spoke.Http;

namespace Spoke;

/// <summary>Registers <see cref="HubSpotClient"/> with dependency injection.</summary>
public static class HubSpotServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client sends through, for <c>IHttpClientFactory</c> configuration.</summary>
    public const string HttpClientName = "Spoke.HubSpot";

    /// <summary>
    /// Registers a singleton <see cref="HubSpotClient"/> configured by <paramref name="configure"/> (and by any other
    /// <c>Configure&lt;HubSpotClientOptions&gt;</c> call), sending through a named <see cref="HttpClient"/> from <c>IHttpClientFactory</c>.
    /// </summary>
    /// <remarks>
    /// The options are validated, by the same rules as the client's constructors, when they are first read and when the host
    /// starts: a missing or malformed token fails start-up with an <see cref="OptionsValidationException"/> that names the option.
    /// The client already limits, retries and times out requests; do not add <c>AddStandardResilienceHandler()</c> to the
    /// returned builder, or retries would multiply and escape the rate limiter. The named client has none of
    /// <c>IHttpClientFactory</c>'s default request loggers, whose structured state would carry the <c>Authorization</c>
    /// header; do not add them back with <c>AddDefaultLogger()</c>. Spoke logs every call itself, without the token.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the token, address, limits and timeouts.</param>
    /// <returns>The HTTP client builder, to add handlers such as a proxy.</returns>
    public static IHttpClientBuilder AddHubSpot(this IServiceCollection services, Action<HubSpotClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return AddClient(services);
    }

    /// <summary>
    /// Registers a singleton <see cref="HubSpotClient"/> whose options are bound from a configuration section, for example
    /// <c>services.AddHubSpot(builder.Configuration.GetSection("HubSpot"))</c> over
    /// <c>{ "HubSpot": { "AccessToken": "pat-…", "ApiTier": "ProfessionalOrEnterprise", "Retry": { "MaxRetries": 3 } } }</c>.
    /// </summary>
    /// <remarks>
    /// Keys are the property names of <see cref="HubSpotClientOptions"/> (<c>AccessToken</c>, <c>BaseAddress</c>, <c>ApiTier</c>,
    /// <c>RequestsPerTenSeconds</c>, <c>SearchRequestsPerSecond</c>, <c>AttemptTimeout</c>, <c>TotalTimeout</c>,
    /// <c>TokenRefreshMargin</c>, <c>Retry:MaxRetries</c>, <c>Retry:BaseDelay</c>, <c>Retry:MaxDelay</c>, <c>Retry:RetryAfterPadding</c>,
    /// <c>LoggedHeaderNames</c>), durations as <c>hh:mm:ss</c>. Keep the token out of files: set it from a secret store or an
    /// environment variable (<c>HubSpot__AccessToken</c>). A token provider is set in code, with
    /// <c>services.Configure&lt;HubSpotClientOptions&gt;(o =&gt; o.TokenProvider = …)</c>. Validation and the HTTP client are as
    /// for <see cref="AddHubSpot(IServiceCollection, Action{HubSpotClientOptions})"/>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section that holds the options.</param>
    /// <returns>The HTTP client builder, to add handlers such as a proxy.</returns>
    public static IHttpClientBuilder AddHubSpot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HubSpotClientOptions>().Bind(configuration);
        return AddClient(services);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotClientOptions>, HubSpotClientOptionsValidation>());
        services.AddOptions<HubSpotClientOptions>().ValidateOnStart();
        services.TryAddSingleton(provider => new HubSpotClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<HubSpotClientOptions>>().Value,
            provider.GetService<ILoggerFactory>()));
        return services
            .AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's default request logging puts every request header, the bearer token included, into the
            // structured state of its Trace entries (only the formatted text is redacted). Spoke logs its calls itself.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(PrimaryHandlerFactory.Create)
            // The singleton client keeps its HttpClient; the pooled connection lifetime above handles DNS changes instead.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }
}
