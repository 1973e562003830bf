using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spoke.Webhooks.Receiving;

namespace Spoke.AspNetCore.Webhooks;

/// <summary>The request delegate behind <c>MapHubSpotWebhooks</c>: read, hand to the receiver, answer with its status.</summary>
internal static class HubSpotWebhookEndpoint
{
    public static RequestDelegate Create(Func<HttpContext, WebhookEventHandler> resolveHandler) => async context =>
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<HubSpotWebhookOptions>>().Value;
        var cancellationToken = context.RequestAborted;
        try
        {
            var request = await WebhookRequestReader.ReadAsync(context.Request, options, cancellationToken).ConfigureAwait(false);
            var receiver = services.GetRequiredService<HubSpotWebhookReceiver>();
            var result = await receiver.ReceiveAsync(request, resolveHandler(context), cancellationToken).ConfigureAwait(false);
            if (result.Status == WebhookReceiveStatus.Accepted)
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                return;
            }

            await WriteProblemAsync(context, result.HttpStatusCode, result.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            // The server refused the body itself: too large, too slow, badly chunked, or cut off.
            await WriteProblemAsync(context, exception.StatusCode, exception.Message).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && cancellationToken.IsCancellationRequested)
        {
            // The caller went away; nobody is left to answer, and HubSpot retries what it did not see acknowledged.
        }
        catch (IOException exception)
        {
            // Kestrel reports some malformed bodies (a chunk size that overflows) this way rather than as a bad request.
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, $"The request body could not be read: {exception.Message}").ConfigureAwait(false);
        }
    };

    private static Task WriteProblemAsync(HttpContext context, int statusCode, string? detail)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return Task.CompletedTask;
        }

        return Results.Problem(detail: detail, statusCode: statusCode, title: "HubSpot webhook delivery refused").ExecuteAsync(context);
    }
}
