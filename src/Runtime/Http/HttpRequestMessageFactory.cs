using System.Net.Http.Headers;

namespace Spoke.Http;

/// <summary>
/// Builds a fresh <see cref="HttpRequestMessage"/> for every attempt, so retries never reuse a sent message or a consumed
/// body stream.
/// </summary>
internal static class HttpRequestMessageFactory
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");
    private static readonly ProductInfoHeaderValue UserAgent = new("Spoke", typeof(HttpRequestMessageFactory).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    public static HttpRequestMessage Create(Uri baseAddress, HubSpotRequest request, string accessToken)
    {
        var message = new HttpRequestMessage(request.Method, RequestUriBuilder.Build(baseAddress, request));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        message.Headers.Accept.Add(AcceptJson);
        message.Headers.UserAgent.Add(UserAgent);
        if (request.Content is { } content)
        {
            message.Content = new ReadOnlyMemoryContent(content);
            message.Content.Headers.ContentType = JsonContentType;
        }

        return message;
    }
}
