namespace Spoke.Authentication;

/// <summary>
/// Caches the token from a <see cref="HubSpotTokenProvider"/> and refreshes it shortly before it expires. Concurrent
/// callers wait for the single refresh in flight instead of starting their own.
/// </summary>
internal sealed class RefreshingAccessTokenSource : IAccessTokenSource, IDisposable
{
    private readonly HubSpotTokenProvider _provider;
    private readonly TimeSpan _refreshMargin;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private volatile CachedToken? _current;

    public RefreshingAccessTokenSource(HubSpotTokenProvider provider, TimeSpan refreshMargin, TimeProvider timeProvider)
    {
        _provider = provider;
        _refreshMargin = refreshMargin;
        _timeProvider = timeProvider;
    }

    public string RateLimitPartition => "provider:" + _provider.RateLimitPartition;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } cached && cached.IsFresh(_timeProvider))
        {
            return cached.Value;
        }

        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } refreshed && refreshed.IsFresh(_timeProvider))
            {
                return refreshed.Value;
            }

            var token = await _provider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            var current = new CachedToken(Checked(token.Value), RefreshAt(token.ExpiresOn));
            _current = current;
            return current.Value;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose() => _refreshGate.Dispose();

    public override string ToString() => "RefreshingAccessTokenSource (redacted)";

    // A token is checked here, before any request, because HTTP would refuse it only while writing the request, where the
    // failure looks like a broken connection and would be retried. Not retrying a provider's bad token is deliberate: asking
    // again cannot fix it.
    private string Checked(string? value)
    {
        var provider = _provider.GetType().Name;
        var token = value?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            throw new HubSpotException($"The token provider {provider} returned no access token. No request was sent.");
        }

        return AccessTokenFormat.Problem(token) is { } problem
            ? throw new HubSpotException(
                $"The access token from the token provider {provider} {problem}, so it cannot be sent in an Authorization header. "
                + $"No request was sent. {AccessTokenFormat.Advice}")
            : token;
    }

    // A token that lives less than twice the margin is refreshed at half its life, so short-lived tokens are not
    // refetched on every request.
    private DateTimeOffset RefreshAt(DateTimeOffset expiresOn)
    {
        var now = _timeProvider.GetUtcNow();
        if (expiresOn == DateTimeOffset.MaxValue)
        {
            return DateTimeOffset.MaxValue;
        }

        var lifetime = expiresOn - now;
        var margin = lifetime > _refreshMargin * 2 ? _refreshMargin : lifetime / 2;
        return expiresOn - margin;
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt)
    {
        public bool IsFresh(TimeProvider timeProvider) => timeProvider.GetUtcNow() < RefreshAt;

        public override string ToString() => $"CachedToken (redacted, refresh at {RefreshAt:O})";
    }
}
