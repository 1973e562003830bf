using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Spoke.Webhooks.Signatures;
using Spoke.Webhooks.Verification;

namespace Spoke.AspNetCore.Webhooks;

/// <summary>Turns an ASP.NET Core request into the framework-free <see cref="WebhookRequest"/>, raw body bytes included.</summary>
internal static class WebhookRequestReader
{
    /// <summary>Reads the request with its whole body.</summary>
    /// <exception cref="BadHttpRequestException">
    /// The body is larger than <see cref="HubSpotWebhookOptions.MaxBodyBytes"/> (413), or the server refused it: too slow,
    /// badly chunked or cut off.
    /// </exception>
    public static async Task<WebhookRequest> ReadAsync(HttpRequest request, HubSpotWebhookOptions options, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false, MaxRequestBodySize: { } serverLimit } feature
            && serverLimit < options.MaxBodyBytes)
        {
            // The server's own limit (Kestrel's 30 MB) must not refuse a body the option allows. It is never lowered:
            // the server reads past a refused body to keep the connection, and a lower limit would cut it instead.
            feature.MaxRequestBodySize = options.MaxBodyBytes;
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            throw TooLarge(options);
        }

        var body = await ReadBodyAsync(request, options, cancellationToken).ConfigureAwait(false);
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

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, HubSpotWebhookOptions options, CancellationToken cancellationToken)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > options.MaxBodyBytes)
            {
                reader.AdvanceTo(buffer.End);
                throw TooLarge(options);
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

    private static BadHttpRequestException TooLarge(HubSpotWebhookOptions options) =>
        new($"The body is larger than the {options.MaxBodyBytes} bytes allowed (HubSpotWebhookOptions.MaxBodyBytes).", StatusCodes.Status413PayloadTooLarge);
}
