namespace Spoke.Agents.Backend;

/// <summary>An HTTP handler that notes HubSpot's status and correlation id for the tool call in progress.</summary>
internal sealed class HubSpotExchangeRecorder : DelegatingHandler
{
    private const string CorrelationIdHeader = "X-HubSpot-Correlation-Id";

    public HubSpotExchangeRecorder(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (HubSpotExchange.Current is { } exchange)
        {
            exchange.StatusCode = (int)response.StatusCode;
            exchange.CorrelationId = response.Headers.TryGetValues(CorrelationIdHeader, out var values) ? values.FirstOrDefault() : null;
        }

        return response;
    }
}
