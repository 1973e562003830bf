using System.Collections.Concurrent;
using System.Net;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>Sits in front of a real handler and records every request body sent and every status received.</summary>
internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly ConcurrentQueue<string> _bodies = new();
    private readonly ConcurrentQueue<HttpStatusCode> _statuses = new();

    public IReadOnlyList<string> Bodies => [.. _bodies];

    public IReadOnlyList<HttpStatusCode> Statuses => [.. _statuses];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            _bodies.Enqueue(await request.Content.ReadAsStringAsync(cancellationToken));
        }

        var response = await base.SendAsync(request, cancellationToken);
        _statuses.Enqueue(response.StatusCode);
        return response;
    }
}
