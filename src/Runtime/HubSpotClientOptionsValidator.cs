using Spoke.Authentication;

namespace Spoke;

/// <summary>Rejects option values that cannot work, saying which option and what to set instead.</summary>
internal static class HubSpotClientOptionsValidator
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option that cannot work.</summary>
    public static void Validate(HubSpotClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (FindProblem(options) is { } problem)
        {
            throw new ArgumentException(Describe(problem), nameof(options));
        }
    }

    /// <summary>The full message for a problem <see cref="FindProblem"/> found.</summary>
    public static string Describe(string problem) => $"Invalid {nameof(HubSpotClientOptions)}: {problem}";

    /// <summary>Describes the first option that cannot work, or returns null when every option can.</summary>
    public static string? FindProblem(HubSpotClientOptions options)
    {
        var addressProblem = options.BaseAddress is null && options.BaseAddressProblem is { } environmentProblem
            ? environmentProblem
            : BaseAddressProblem(options.BaseAddress);
        if (addressProblem is not null)
        {
            return addressProblem;
        }

        var hasToken = !string.IsNullOrWhiteSpace(options.AccessToken);
        if (hasToken && options.TokenProvider is not null)
        {
            return "Set either AccessToken or TokenProvider, not both.";
        }

        if (options.EffectiveAccessToken is null && options.TokenProvider is null)
        {
            return $"No access token for {options.BaseAddress}. Set AccessToken to a private app token or service key (pat-…): in code, as "
                + $"{HubSpotClientOptions.ConfigurationSectionName}:AccessToken in configuration, or in the {HubSpotClientOptions.TokenEnvironmentVariable} "
                + "environment variable; or set TokenProvider for OAuth tokens. Only a local address (a loopback emulator) works without one.";
        }

        if (hasToken && TokenProblem(options.AccessToken!.Trim()) is { } tokenProblem)
        {
            return tokenProblem;
        }

        if (!Enum.IsDefined(options.ApiTier))
        {
            return $"ApiTier {(int)options.ApiTier} is not a HubSpot API tier; use one of {string.Join(", ", Enum.GetNames<HubSpotApiTier>())}.";
        }

        return Positive(options.EffectiveRequestsPerTenSeconds, nameof(options.RequestsPerTenSeconds))
            ?? Positive(options.SearchRequestsPerSecond, nameof(options.SearchRequestsPerSecond))
            ?? Timeout(options.AttemptTimeout, nameof(options.AttemptTimeout))
            ?? TotalTimeoutProblem(options)
            ?? Within(options.TokenRefreshMargin, TimeSpan.Zero, nameof(options.TokenRefreshMargin))
            ?? (options.Retry.MaxRetries < 0 ? "Retry.MaxRetries must be 0 or more." : null)
            ?? Positive(options.Retry.BaseDelay, "Retry.BaseDelay")
            ?? Within(options.Retry.BaseDelay, TimeSpan.Zero, "Retry.BaseDelay")
            ?? (options.Retry.MaxDelay < options.Retry.BaseDelay ? "Retry.MaxDelay must be at least Retry.BaseDelay." : null)
            ?? Within(options.Retry.MaxDelay, TimeSpan.Zero, "Retry.MaxDelay")
            ?? Within(options.Retry.RetryAfterPadding, TimeSpan.Zero, "Retry.RetryAfterPadding")
            ?? (options.TimeProvider is null ? "TimeProvider must be set; leave it at TimeProvider.System outside tests." : null)
            ?? (options.LoggedHeaderNames.Any(string.IsNullOrWhiteSpace) ? "LoggedHeaderNames must not contain null or blank header names." : null);
    }

    private static string? BaseAddressProblem(Uri? address) => address switch
    {
        null or { IsAbsoluteUri: false } => $"BaseAddress must be an absolute http or https URI such as {HubSpotClientOptions.DefaultBaseAddress}.",
        _ when address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp =>
            $"BaseAddress must be an http or https URI such as {HubSpotClientOptions.DefaultBaseAddress}; it was {address.Scheme}.",
        // Request paths are appended to the base address, so a query or fragment would end up inside them; credentials in
        // the address would be logged with it and are never how HubSpot authenticates.
        { Query.Length: > 0 } or { Fragment.Length: > 0 } => "BaseAddress must not have a query or fragment; give the API's root, such as https://api.hubapi.com/.",
        { UserInfo.Length: > 0 } => "BaseAddress must not carry a user name or password; HubSpot authenticates with AccessToken or TokenProvider.",
        _ => null,
    };

    private static string? TokenProblem(string token) =>
        token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? "AccessToken must be the token alone; the client adds the 'Bearer ' prefix itself."
            : AccessTokenFormat.Problem(token) is { } problem
                ? $"AccessToken {problem}, so it cannot be sent in an Authorization header. {AccessTokenFormat.Advice}"
                : null;

    private static string? TotalTimeoutProblem(HubSpotClientOptions options) =>
        options.TotalTimeout == System.Threading.Timeout.InfiniteTimeSpan ? null
        : Timeout(options.TotalTimeout, nameof(options.TotalTimeout))
          ?? (options.AttemptTimeout > options.TotalTimeout ? "AttemptTimeout must not exceed TotalTimeout." : null);

    // The resilience pipeline accepts timeouts from 10 ms to 1 day.
    private static string? Timeout(TimeSpan value, string name) =>
        value >= MinTimeout && value <= MaxDuration ? null : $"{name} must be between 10 ms and 1 day (it was {value}).";

    private static string? Within(TimeSpan value, TimeSpan minimum, string name) =>
        value >= minimum && value <= MaxDuration ? null : $"{name} must be between {minimum} and 1 day (it was {value}).";

    private static string? Positive(int value, string name) =>
        value > 0 ? null : $"{name} must be greater than zero (it was {value}).";

    private static string? Positive(TimeSpan value, string name) =>
        value > TimeSpan.Zero ? null : $"{name} must be greater than zero (it was {value}).";
}
