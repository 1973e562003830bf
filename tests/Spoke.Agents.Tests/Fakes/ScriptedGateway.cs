using System.Net;
using System.Text;

namespace Spoke.Agents.Tests.Fakes;

/// <summary>
/// A handler in front of the socket that stands in for what sits between Spoke and HubSpot: it answers the requests
/// <see cref="Matches"/> picks with a gateway's HTML error page, or holds them until the caller gives up.
/// </summary>
internal sealed class ScriptedGateway : DelegatingHandler
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScriptedGateway(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>Which requests the gateway intercepts; the others reach the emulator.</summary>
    public Func<HttpRequestMessage, bool> Matches { get; set; } = _ => false;

    /// <summary>Whether an intercepted request is held until cancelled instead of answered with a 502 page.</summary>
    public bool Hold { get; set; }

    /// <summary>Completes when the first request is held.</summary>
    public Task Held => _held.Task;

    /// <summary>The intercepted requests: method and path.</summary>
    public List<string> Intercepted { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!Matches(request))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        lock (Intercepted)
        {
            Intercepted.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
        }

        if (Hold)
        {
            _held.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html><body><h1>502 Bad Gateway</h1></body></html>", Encoding.UTF8, "text/html"),
            RequestMessage = request,
        };
    }
}
