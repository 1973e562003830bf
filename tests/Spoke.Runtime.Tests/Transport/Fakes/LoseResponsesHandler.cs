namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>
/// Sends every request to the real server, then throws away the answers of the first <paramref name="count"/> requests that
/// match <paramref name="matches"/>, as a connection that breaks after the server applied the request would.
/// </summary>
internal sealed class LoseResponsesHandler(HttpMessageHandler inner, Func<HttpRequestMessage, bool> matches, int count = 1) : DelegatingHandler(inner)
{
    private int _lost;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (matches(request) && Interlocked.Increment(ref _lost) <= count)
        {
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely (injected by the test).");
        }

        return response;
    }
}
