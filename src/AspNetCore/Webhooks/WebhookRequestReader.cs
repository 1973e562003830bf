using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Spoke.Webhooks.Signatures;
using Spoke.Webhooks.Verification;

namespace Spoke.AspNetCore.Webhooks;

/// <summary>Turns an ASP.NET Core request into the framework-free <see cref="WebhookRequest"/>, raw body bytes included.</summary>
internal static class WebhookRequestReader
{
    /// <summary>Reads the request, or returns <see langword="null"/> when its body is larger than <see cref="HubSpotWebhookOptions.MaxBodyBytes"/>.</summary>
    public static async Task<WebhookRequest?> ReadAsync(HttpRequest request, HubSpotWebhookOptions options, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.MaxBodyBytes)
        {
            return null;
        }

        var body = await ReadBodyAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }

        var headers = request.Headers;
        return new WebhookRequest(request.Method, SignedUri(request, options.PublicBaseUri), body)
        {
            SignatureV3 = headers[HubSpotWebhookHeaders.SignatureV3].ToString(),
            RequestTimestamp = headers[HubSpotWebhookHeaders.RequestTimestamp].ToString(),
            Signature = headers[HubSpotWebhookHeaders.Signature].ToString(),
            SignatureVersion = headers[HubSpotWebhookHeaders.SignatureVersion].ToString(),
        };
    }

    /// <summary>The URI HubSpot called and signed: the public base (or the request's own origin and path base), then the route path and query as received.</summary>
    private static string SignedUri(HttpRequest request, Uri? publicBaseUri) =>
        publicBaseUri is null
            ? request.GetEncodedUrl()
            : UriHelper.BuildAbsolute(
                publicBaseUri.Scheme,
                new HostString(publicBaseUri.Authority),
                PathString.FromUriComponent(publicBaseUri.AbsolutePath.TrimEnd('/')),
                request.Path,
                request.QueryString);

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > maxBodyBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
