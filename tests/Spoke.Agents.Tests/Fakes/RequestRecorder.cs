namespace Spoke.Agents.Tests.Fakes;

/// <summary>Records every request that reaches the emulator, so a test can see what a tool call sent.</summary>
internal sealed class RequestRecorder : DelegatingHandler
{
    private readonly List<(HttpMethod Method, string Path)> _requests = [];

    public RequestRecorder(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public IReadOnlyList<(HttpMethod Method, string Path)> TakeAll()
    {
        lock (_requests)
        {
            var taken = _requests.ToList();
            _requests.Clear();
            return taken;
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add((request.Method, request.RequestUri!.AbsolutePath));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
