using Microsoft.AspNetCore.Http;
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

        var request = await WebhookRequestReader.ReadAsync(context.Request, options, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            await WriteProblemAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                $"The body is larger than the {options.MaxBodyBytes} bytes allowed (HubSpotWebhookOptions.MaxBodyBytes).").ConfigureAwait(false);
            return;
        }

        var receiver = services.GetRequiredService<HubSpotWebhookReceiver>();
        var result = await receiver.ReceiveAsync(request, resolveHandler(context), cancellationToken).ConfigureAwait(false);
        if (result.Status == WebhookReceiveStatus.Accepted)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        await WriteProblemAsync(context, result.HttpStatusCode, result.Message).ConfigureAwait(false);
    };

    private static Task WriteProblemAsync(HttpContext context, int statusCode, string? detail) =>
        Results.Problem(detail: detail, statusCode: statusCode, title: "HubSpot webhook delivery refused").ExecuteAsync(context);
}
