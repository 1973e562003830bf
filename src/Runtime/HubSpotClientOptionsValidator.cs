namespace Spoke;

/// <summary>Rejects option values that cannot work, saying which option and what to set instead.</summary>
internal static class HubSpotClientOptionsValidator
{
    public static void Validate(HubSpotClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hasToken = !string.IsNullOrWhiteSpace(options.AccessToken);
        if (hasToken == (options.TokenProvider is not null))
        {
            throw Invalid(hasToken
                ? "Set either AccessToken or TokenProvider, not both."
                : "Set AccessToken to a private app token or service key (pat-…), or TokenProvider for OAuth tokens.");
        }

        if (hasToken && options.AccessToken!.TrimStart().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid("AccessToken must be the token alone; the client adds the 'Bearer ' prefix itself.");
        }

        if (options.BaseAddress is not { IsAbsoluteUri: true } address || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            throw Invalid($"BaseAddress must be an absolute http or https URI such as {HubSpotClientOptions.DefaultBaseAddress}.");
        }

        RequirePositive(options.EffectiveRequestsPerTenSeconds, nameof(options.RequestsPerTenSeconds));
        RequirePositive(options.SearchRequestsPerSecond, nameof(options.SearchRequestsPerSecond));
        RequirePositive(options.AttemptTimeout, nameof(options.AttemptTimeout));
        if (options.TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            RequirePositive(options.TotalTimeout, nameof(options.TotalTimeout));
            if (options.AttemptTimeout > options.TotalTimeout)
            {
                throw Invalid("AttemptTimeout must not exceed TotalTimeout.");
            }
        }

        if (options.TokenRefreshMargin < TimeSpan.Zero)
        {
            throw Invalid("TokenRefreshMargin must not be negative.");
        }

        if (options.Retry.MaxRetries < 0)
        {
            throw Invalid("Retry.MaxRetries must be 0 or more.");
        }

        RequirePositive(options.Retry.BaseDelay, "Retry.BaseDelay");
        if (options.Retry.MaxDelay < options.Retry.BaseDelay)
        {
            throw Invalid("Retry.MaxDelay must be at least Retry.BaseDelay.");
        }

        if (options.Retry.RetryAfterPadding < TimeSpan.Zero)
        {
            throw Invalid("Retry.RetryAfterPadding must not be negative.");
        }
    }

    private static void RequirePositive(int value, string name)
    {
        if (value <= 0)
        {
            throw Invalid($"{name} must be greater than zero (it was {value}).");
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw Invalid($"{name} must be greater than zero (it was {value}).");
        }
    }

    private static ArgumentException Invalid(string message) =>
        new($"Invalid {nameof(HubSpotClientOptions)}: {message}", "options");
}
