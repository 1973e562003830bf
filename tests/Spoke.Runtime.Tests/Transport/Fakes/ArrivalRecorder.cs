using System.Collections.Concurrent;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>Sits in front of a server and records when (on the test's clock) each request reached it, as HubSpot counts it.</summary>
internal sealed class ArrivalRecorder(HttpMessageHandler server, TimeProvider timeProvider) : DelegatingHandler(server)
{
    private readonly ConcurrentQueue<DateTimeOffset> _arrivals = new();

    public IReadOnlyList<DateTimeOffset> Arrivals => [.. _arrivals];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _arrivals.Enqueue(timeProvider.GetUtcNow());
        return base.SendAsync(request, cancellationToken);
    }
}
