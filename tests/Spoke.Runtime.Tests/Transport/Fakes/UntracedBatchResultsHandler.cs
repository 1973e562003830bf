using System.Text;
using System.Text.Json.Nodes;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>
/// Rewrites the answers of batch endpoints as a server that does not echo <c>objectWriteTraceId</c> in its results would
/// send them, optionally in reverse order, so results can be matched to inputs only by record id or unique value.
/// Errors keep their trace ids in <c>context</c>, as HubSpot documents.
/// </summary>
internal sealed class UntracedBatchResultsHandler(HttpMessageHandler inner, bool reverse) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!request.RequestUri!.AbsolutePath.Contains("/batch/", StringComparison.Ordinal) || response.Content.Headers.ContentLength is 0)
        {
            return response;
        }

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (body?["results"] is JsonArray results)
        {
            var untraced = results.Select(result =>
            {
                var copy = result!.DeepClone().AsObject();
                copy.Remove("objectWriteTraceId");
                return (JsonNode)copy;
            }).ToList();
            if (reverse)
            {
                untraced.Reverse();
            }

            body["results"] = new JsonArray([.. untraced]);
        }

        var rewritten = new HttpResponseMessage(response.StatusCode)
        {
            Content = new StringContent(body?.ToJsonString() ?? string.Empty, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
        response.Dispose();
        return rewritten;
    }
}
