using Spoke.Authentication;
using Spoke.Configuration;
using Spoke.RateLimiting;

namespace Spoke;

/// <summary>
/// Configures a <see cref="HubSpotClient"/>. The defaults suit a private app on a Free or Starter account; set
/// <see cref="ApiTier"/> to match yours. The client copies these values when it is created.
/// </summary>
/// <remarks>
/// Each setting has one name everywhere: <c>HUBSPOT_TOKEN</c> and <c>HUBSPOT_BASE_URL</c> in the environment (read by
/// <see cref="FromEnvironment"/>, <c>AddHubSpot</c>, the <c>spoke</c> CLI and the schema refresh on build), and the property
/// names below in the <c>HubSpot</c> configuration section.
/// </remarks>
public sealed class HubSpotClientOptions
{
    /// <summary>The environment variable that holds the access token: <c>HUBSPOT_TOKEN</c>.</summary>
    public const string TokenEnvironmentVariable = "HUBSPOT_TOKEN";

    /// <summary>The environment variable that holds the API root, for example a local emulator's address: <c>HUBSPOT_BASE_URL</c>.</summary>
    public const string BaseUrlEnvironmentVariable = "HUBSPOT_BASE_URL";

    /// <summary>The configuration section <c>AddHubSpot</c> binds by default: <c>HubSpot</c>.</summary>
    public const string ConfigurationSectionName = "HubSpot";

    /// <summary>The default HubSpot API address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.hubapi.com/");

    /// <summary>
    /// A private app token or service key (<c>pat-…</c>). Set this or <see cref="TokenProvider"/>, not both. Against a
    /// loopback <see cref="BaseAddress"/> (a local emulator) it may stay unset: the client then sends the emulator's default
    /// token, <c>pat-na1-emulator-local-dev</c>.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>Supplies expiring tokens such as OAuth access tokens. Set this or <see cref="AccessToken"/>, not both.</summary>
    public HubSpotTokenProvider? TokenProvider { get; set; }

    /// <summary>How long before expiry a <see cref="TokenProvider"/> token is refreshed. Default 5 minutes.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where the HubSpot API is. Default <c>https://api.hubapi.com/</c>; point it at the emulator in tests.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The account and app kind, which sets the burst limit. Default <see cref="HubSpotApiTier.FreeOrStarter"/>.</summary>
    public HubSpotApiTier ApiTier { get; set; } = HubSpotApiTier.FreeOrStarter;

    /// <summary>
    /// Overrides the burst limit per rolling 10 seconds that <see cref="ApiTier"/> implies, for example to leave part of
    /// the budget to another integration on the same account.
    /// </summary>
    public int? RequestsPerTenSeconds { get; set; }

    /// <summary>
    /// CRM search requests allowed per second. Searches draw on this budget only, never on the burst limit (HubSpot's spec
    /// exempts them from the ten-secondly bucket). Default 5, the limit HubSpot's guide "Search the CRM" gives (section
    /// Limits, March 2026), which the emulator enforces too; lower it when another integration searches the same account.
    /// </summary>
    public int SearchRequestsPerSecond { get; set; } = 5;

    /// <summary>
    /// Where rate-limit permits and the daily quota are counted. <see langword="null"/> (the default) counts in this process,
    /// shared by every client with the same token. Set a shared store, such as <c>Spoke.Redis</c>'s
    /// <c>RedisBudgetStore</c>, when several processes or machines use one token: they then keep to HubSpot's limits together.
    /// If the shared store cannot be reached, calls go on under a local share of each limit (see
    /// <see cref="HubSpotBudgetStore.ExpectedProcessCount"/>) until it answers again.
    /// </summary>
    public HubSpotBudgetStore? BudgetStore { get; set; }

    /// <summary>How long one HTTP attempt (send and read the whole response) may take. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one call may take in all: waiting for the limiter, every attempt and every retry delay.
    /// Default 2 minutes; <see cref="Timeout.InfiniteTimeSpan"/> for no limit.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>When and how failed requests are repeated.</summary>
    public HubSpotRetryOptions Retry { get; } = new();

    /// <summary>
    /// Response headers whose values may appear in logs and traces. Every other header is logged as <c>REDACTED</c>;
    /// <c>Authorization</c> is never logged whatever this holds.
    /// </summary>
    public ISet<string> LoggedHeaderNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "X-HubSpot-Correlation-Id",
        "X-HubSpot-RateLimit-Max",
        "X-HubSpot-RateLimit-Remaining",
        "X-HubSpot-RateLimit-Interval-Milliseconds",
        "X-HubSpot-RateLimit-Daily",
        "X-HubSpot-RateLimit-Daily-Remaining",
        "Retry-After",
        "Content-Type",
        "Content-Length",
        "Date",
    };

    /// <summary>The clock used for limits, delays, timeouts and token expiry. Replace it only in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The token the local emulator accepts when it is started without tokens of its own.</summary>
    internal const string EmulatorAccessToken = "pat-na1-emulator-local-dev";

    /// <summary>Why the environment left <see cref="BaseAddress"/> unset (a malformed <c>HUBSPOT_BASE_URL</c>), for validation to report.</summary>
    internal string? BaseAddressProblem { get; set; }

    /// <summary>Whether <see cref="BaseAddress"/> is on this machine (loopback), where a local emulator may answer without a token.</summary>
    internal bool IsLocal => BaseAddress is { IsAbsoluteUri: true, IsLoopback: true };

    /// <summary>
    /// The static token to send: <see cref="AccessToken"/>, or the emulator's default token when neither a token nor a provider
    /// is set and the address is local; <see langword="null"/> when a <see cref="TokenProvider"/> supplies tokens.
    /// </summary>
    internal string? EffectiveAccessToken =>
        !string.IsNullOrWhiteSpace(AccessToken) ? AccessToken.Trim()
        : TokenProvider is null && IsLocal ? EmulatorAccessToken
        : null;

    /// <summary>
    /// Creates options from the environment: the token from <c>HUBSPOT_TOKEN</c> and the address from <c>HUBSPOT_BASE_URL</c>
    /// when they are set, the defaults otherwise. <c>HUBSPOT_BASE_URL=http://127.0.0.1:5080</c> alone points a client at a local
    /// emulator. Settings made on the returned options win over the environment.
    /// </summary>
    /// <returns>New options.</returns>
    /// <exception cref="InvalidOperationException"><c>HUBSPOT_BASE_URL</c> is not an absolute http or https URL; the message says so.</exception>
    public static HubSpotClientOptions FromEnvironment()
    {
        var options = new HubSpotClientOptions();
        return HubSpotEnvironment.ApplyTo(options, Environment.GetEnvironmentVariable) is { } problem
            ? throw new InvalidOperationException(problem)
            : options;
    }

    /// <summary>The burst limit in force: <see cref="RequestsPerTenSeconds"/> if set, else the <see cref="ApiTier"/> limit.</summary>
    internal int EffectiveRequestsPerTenSeconds => RequestsPerTenSeconds ?? ApiTier.RequestsPerTenSeconds();
}
