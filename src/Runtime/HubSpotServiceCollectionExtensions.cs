using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spoke.Configuration;
using Spoke.Http;

namespace Spoke;

/// <summary>Registers <see cref="HubSpotClient"/> with dependency injection.</summary>
public static class HubSpotServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client sends through, for <c>IHttpClientFactory</c> configuration.</summary>
    public const string HttpClientName = "Spoke.HubSpot";

    private static readonly Func<IServiceProvider, object> ForwardToDefaults = provider => provider.GetRequiredService<HubSpotConfigurationDefaults>();

    /// <summary>
    /// Registers a singleton <see cref="HubSpotClient"/> configured from the app's configuration and environment: the
    /// <c>HubSpot</c> section of the registered <see cref="IConfiguration"/> (for example <c>appsettings.json</c>), over the
    /// <c>HUBSPOT_TOKEN</c> and <c>HUBSPOT_BASE_URL</c> environment variables. It sends through a named <see cref="HttpClient"/>
    /// from <c>IHttpClientFactory</c>.
    /// </summary>
    /// <remarks>
    /// Where a setting is given in several places, code wins over configuration and configuration over the environment:
    /// <c>Configure&lt;HubSpotClientOptions&gt;</c> calls (before or after this one) are applied after the section, and the section
    /// after the environment variables. Section keys are the property names of <see cref="HubSpotClientOptions"/>
    /// (<c>HubSpot:AccessToken</c>, <c>HubSpot:BaseAddress</c>, <c>HubSpot:ApiTier</c>, <c>HubSpot:Retry:MaxRetries</c>, …).
    /// A loopback base address (<c>HUBSPOT_BASE_URL=http://127.0.0.1:5080</c>) needs no token: the client then sends the
    /// local emulator's default token. The options are validated, by the same rules as the client's constructors, when they
    /// are first read and when the host starts: a missing or malformed setting fails start-up with an
    /// <see cref="OptionsValidationException"/> that names it.
    /// The client already limits, retries and times out requests; do not add <c>AddStandardResilienceHandler()</c> to the
    /// returned builder, or retries would multiply and escape the rate limiter. The named client has none of
    /// <c>IHttpClientFactory</c>'s default request loggers, whose structured state would carry the <c>Authorization</c>
    /// header; do not add them back with <c>AddDefaultLogger()</c>. Spoke logs every call itself, without the token.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>The HTTP client builder, to add handlers such as a proxy.</returns>
    public static IHttpClientBuilder AddHubSpot(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return AddHubSpotCore(services, DefaultSection, Environment.GetEnvironmentVariable);
    }

    /// <summary>
    /// Registers a singleton <see cref="HubSpotClient"/> as <see cref="AddHubSpot(IServiceCollection)"/> does, then applies
    /// <paramref name="configure"/>, which wins over the configuration section and the environment variables.
    /// </summary>
    /// <remarks>Validation and the HTTP client are as for <see cref="AddHubSpot(IServiceCollection)"/>.</remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the token, address, limits and timeouts.</param>
    /// <returns>The HTTP client builder, to add handlers such as a proxy.</returns>
    public static IHttpClientBuilder AddHubSpot(this IServiceCollection services, Action<HubSpotClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return AddHubSpotCore(services, DefaultSection, Environment.GetEnvironmentVariable);
    }

    /// <summary>
    /// Registers a singleton <see cref="HubSpotClient"/> whose options are bound from <paramref name="configuration"/> instead of
    /// the <c>HubSpot</c> section, over the environment variables, for example
    /// <c>services.AddHubSpot(builder.Configuration.GetSection("Crm"))</c> over
    /// <c>{ "Crm": { "ApiTier": "ProfessionalOrEnterprise", "Retry": { "MaxRetries": 3 } } }</c>.
    /// </summary>
    /// <remarks>
    /// Keys are the property names of <see cref="HubSpotClientOptions"/> (<c>AccessToken</c>, <c>BaseAddress</c>, <c>ApiTier</c>,
    /// <c>RequestsPerTenSeconds</c>, <c>SearchRequestsPerSecond</c>, <c>AttemptTimeout</c>, <c>TotalTimeout</c>,
    /// <c>TokenRefreshMargin</c>, <c>Retry:MaxRetries</c>, <c>Retry:BaseDelay</c>, <c>Retry:MaxDelay</c>, <c>Retry:RetryAfterPadding</c>,
    /// <c>LoggedHeaderNames</c>), durations as <c>hh:mm:ss</c>. Keep the token out of files: set <c>HUBSPOT_TOKEN</c> or use a
    /// secret store. A token provider is set in code, with
    /// <c>services.Configure&lt;HubSpotClientOptions&gt;(o =&gt; o.TokenProvider = …)</c>. Precedence, validation and the HTTP
    /// client are as for <see cref="AddHubSpot(IServiceCollection)"/>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section that holds the options.</param>
    /// <returns>The HTTP client builder, to add handlers such as a proxy.</returns>
    public static IHttpClientBuilder AddHubSpot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddHubSpotCore(services, _ => configuration, Environment.GetEnvironmentVariable);
    }

    /// <summary>
    /// Registers the client with the configuration section <paramref name="section"/> chooses and the environment
    /// <paramref name="variables"/> reads; tests give their own environment.
    /// </summary>
    internal static IHttpClientBuilder AddHubSpotCore(
        IServiceCollection services, Func<IServiceProvider, IConfiguration?> section, Func<string, string?> variables)
    {
        // One defaults step, ahead of every Configure call whenever that was made, so code always wins; a later AddHubSpot
        // replaces the section it reads.
        services.RemoveAll<HubSpotConfigurationDefaults>();
        services.AddSingleton(provider => new HubSpotConfigurationDefaults(section(provider), variables));
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IConfigureOptions<HubSpotClientOptions>) && descriptor.ImplementationFactory == ForwardToDefaults))
        {
            services.Insert(0, ServiceDescriptor.Singleton(typeof(IConfigureOptions<HubSpotClientOptions>), ForwardToDefaults));
        }

        return AddClient(services);
    }

    private static IConfiguration? DefaultSection(IServiceProvider provider) =>
        provider.GetService<IConfiguration>()?.GetSection(HubSpotClientOptions.ConfigurationSectionName);

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
