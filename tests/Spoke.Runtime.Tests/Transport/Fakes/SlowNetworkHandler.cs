namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>A network that takes <c>delayFor(index)</c> (on the test's clock) to deliver the request with that index.</summary>
internal sealed class SlowNetworkHandler(HttpMessageHandler server, Func<int, TimeSpan> delayFor, TimeProvider timeProvider) : DelegatingHandler(server)
{
    private int _count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Delay(delayFor(Interlocked.Increment(ref _count) - 1), timeProvider, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
