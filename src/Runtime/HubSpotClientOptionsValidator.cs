using Spoke.Authentication;

namespace Spoke;

/// <summary>Rejects option values that cannot work, saying which option and what to set instead.</summary>
internal static class HubSpotClientOptionsValidator
{
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
        var hasToken = !string.IsNullOrWhiteSpace(options.AccessToken);
        if (hasToken == (options.TokenProvider is not null))
        {
            return hasToken
                ? "Set either AccessToken or TokenProvider, not both."
                : "Set AccessToken to a private app token or service key (pat-…), or TokenProvider for OAuth tokens.";
        }

        if (hasToken && TokenProblem(options.AccessToken!.Trim()) is { } tokenProblem)
        {
            return tokenProblem;
        }

        if (options.BaseAddress is not { IsAbsoluteUri: true } address || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            return $"BaseAddress must be an absolute http or https URI such as {HubSpotClientOptions.DefaultBaseAddress}.";
        }

        return Positive(options.EffectiveRequestsPerTenSeconds, nameof(options.RequestsPerTenSeconds))
            ?? Positive(options.SearchRequestsPerSecond, nameof(options.SearchRequestsPerSecond))
            ?? Positive(options.AttemptTimeout, nameof(options.AttemptTimeout))
            ?? TotalTimeoutProblem(options)
            ?? (options.TokenRefreshMargin < TimeSpan.Zero ? "TokenRefreshMargin must not be negative." : null)
            ?? (options.Retry.MaxRetries < 0 ? "Retry.MaxRetries must be 0 or more." : null)
            ?? Positive(options.Retry.BaseDelay, "Retry.BaseDelay")
            ?? (options.Retry.MaxDelay < options.Retry.BaseDelay ? "Retry.MaxDelay must be at least Retry.BaseDelay." : null)
            ?? (options.Retry.RetryAfterPadding < TimeSpan.Zero ? "Retry.RetryAfterPadding must not be negative." : null);
    }

    private static string? TokenProblem(string token) =>
        token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? "AccessToken must be the token alone; the client adds the 'Bearer ' prefix itself."
            : AccessTokenFormat.Problem(token) is { } problem
                ? $"AccessToken {problem}, so it cannot be sent in an Authorization header. {AccessTokenFormat.Advice}"
                : null;

    private static string? TotalTimeoutProblem(HubSpotClientOptions options) =>
        options.TotalTimeout == Timeout.InfiniteTimeSpan ? null
        : Positive(options.TotalTimeout, nameof(options.TotalTimeout))
          ?? (options.AttemptTimeout > options.TotalTimeout ? "AttemptTimeout must not exceed TotalTimeout." : null);

    private static string? Positive(int value, string name) =>
        value > 0 ? null : $"{name} must be greater than zero (it was {value}).";

    private static string? Positive(TimeSpan value, string name) =>
        value > TimeSpan.Zero ? null : $"{name} must be greater than zero (it was {value}).";
}
