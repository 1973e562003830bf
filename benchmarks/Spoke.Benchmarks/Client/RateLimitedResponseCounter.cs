using System.Net;

namespace Spoke.Benchmarks.Client;

/// <summary>
/// Counts what the server answered on the wire, below the client's retry pipeline: every request sent and every 429,
/// including 429s the client then absorbed by waiting and retrying.
/// </summary>
internal sealed class RateLimitedResponseCounter(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private long _requests;
    private long _rateLimited;

    /// <summary>Requests the server answered.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>429 responses the server sent.</summary>
    public long RateLimited => Interlocked.Read(ref _rateLimited);

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _requests);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Interlocked.Increment(ref _rateLimited);
        }

        return response;
    }
}
