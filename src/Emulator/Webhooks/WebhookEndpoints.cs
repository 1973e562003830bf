using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Webhooks;

/// <summary>
/// <c>/webhooks/v3/{appId}/settings</c> and <c>/webhooks/v3/{appId}/subscriptions</c>, as HubSpot's webhooks API.
/// HubSpot authenticates these with the developer API key; the emulator accepts its access token.
/// </summary>
internal static class WebhookEndpoints
{
    private const int MinConcurrentRequests = 5;
    private const int DefaultConcurrentRequests = 10;
    private static readonly string[] Periods = [WebhookThrottle.Secondly, WebhookThrottle.RollingMinute];

    public static void Map(IEndpointRouteBuilder routes)
    {
        var app = routes.MapGroup("/webhooks/v3/{appId}");
        app.MapGet("/settings", GetSettingsAsync).Requires(ScopeRequirement.None);
        app.MapPut("/settings", PutSettingsAsync).Requires(ScopeRequirement.None);
        app.MapDelete("/settings", DeleteSettings).Requires(ScopeRequirement.None);
        app.MapGet("/subscriptions", ListAsync).Requires(ScopeRequirement.None);
        app.MapPost("/subscriptions", CreateAsync).Requires(ScopeRequirement.None);
        app.MapPost("/subscriptions/batch/update", BatchUpdateAsync).Requires(ScopeRequirement.None);
        app.MapGet("/subscriptions/{subscriptionId}", GetAsync).Requires(ScopeRequirement.None);
        app.MapPatch("/subscriptions/{subscriptionId}", UpdateAsync).Requires(ScopeRequirement.None);
        app.MapDelete("/subscriptions/{subscriptionId}", Delete).Requires(ScopeRequirement.None);
    }

    private static Task GetSettingsAsync(HttpContext context, EmulatorState state)
    {
        var webhooks = AppOf(context, state);
        var settings = webhooks.Registry.Settings
            ?? throw ApiProblem.NotFound($"No webhook settings exist for app {webhooks.Options.AppId}. PUT them first.", AppIdText(webhooks));
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, writer => WebhookJson.WriteSettings(writer, settings), context.RequestAborted);
    }

    private static async Task PutSettingsAsync(HttpContext context, EmulatorState state)
    {
        var webhooks = AppOf(context, state);
        using var body = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var root = body.RootElement;
        var targetUrl = root.TryGetProperty("targetUrl", out var target) && target.ValueKind == JsonValueKind.String ? target.GetString() : null;
        if (!Uri.TryCreate(targetUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw ApiProblem.Validation($"targetUrl must be an absolute http or https URL; it is '{targetUrl}'.");
        }

        var maxConcurrentRequests = DefaultConcurrentRequests;
        var period = Periods[0];
        if (root.TryGetProperty("throttling", out var throttling) && throttling.ValueKind == JsonValueKind.Object)
        {
            if (throttling.TryGetProperty("maxConcurrentRequests", out var max)
                && (max.ValueKind != JsonValueKind.Number || !max.TryGetInt32(out maxConcurrentRequests) || maxConcurrentRequests < MinConcurrentRequests))
            {
                throw ApiProblem.Validation($"throttling.maxConcurrentRequests must be a whole number of at least {MinConcurrentRequests}.");
            }

            if (throttling.TryGetProperty("period", out var periodValue))
            {
                period = periodValue.ValueKind == JsonValueKind.String ? periodValue.GetString()! : periodValue.GetRawText();
                if (!Periods.Contains(period, StringComparer.Ordinal))
                {
                    throw ApiProblem.Validation($"throttling.period must be one of {string.Join(", ", Periods)}; it is '{period}'.");
                }
            }
        }

        var settings = webhooks.Registry.PutSettings(uri, maxConcurrentRequests, period, state.Options.TimeProvider.GetUtcNow());
        webhooks.Dispatcher.EnsureRunning();
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, writer => WebhookJson.WriteSettings(writer, settings), context.RequestAborted).ConfigureAwait(false);
    }

    private static void DeleteSettings(HttpContext context, EmulatorState state)
    {
        AppOf(context, state).Registry.DeleteSettings();
        JsonResponse.NoContent(context);
    }

    private static Task ListAsync(HttpContext context, EmulatorState state)
    {
        var subscriptions = AppOf(context, state).Registry.List();
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            WebhookJson.WriteSubscriptions(writer, subscriptions);
            writer.WriteEndObject();
        }, context.RequestAborted);
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state)
    {
        var webhooks = AppOf(context, state);
        using var body = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var root = body.RootElement;
        var eventType = OptionalText(root, "eventType");
        var propertyName = OptionalText(root, "propertyName");
        var objectTypeId = OptionalText(root, "objectTypeId");
        if (WebhookEventTypes.FindProblem(eventType, propertyName, objectTypeId) is { } problem)
        {
            throw ApiProblem.Validation(problem);
        }

        // HubSpot creates subscriptions paused unless the request says otherwise.
        var active = root.TryGetProperty("active", out var activeValue) && activeValue.ValueKind == JsonValueKind.True;
        var subscription = webhooks.Registry.Create(eventType!, propertyName, objectTypeId, active, state.Options.TimeProvider.GetUtcNow());
        await JsonResponse.SendAsync(context, StatusCodes.Status201Created, writer => WebhookJson.WriteSubscription(writer, subscription), context.RequestAborted).ConfigureAwait(false);
    }

    private static Task GetAsync(HttpContext context, EmulatorState state)
    {
        var webhooks = AppOf(context, state);
        var subscription = webhooks.Registry.Find(SubscriptionIdOf(context)) ?? throw SubscriptionNotFound(context);
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, writer => WebhookJson.WriteSubscription(writer, subscription), context.RequestAborted);
    }

    private static async Task UpdateAsync(HttpContext context, EmulatorState state)
    {
        var webhooks = AppOf(context, state);
        var id = SubscriptionIdOf(context);
        using var body = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var active = ActiveOf(body.RootElement, "The body must set \"active\" to true or false.");
        var subscription = webhooks.Registry.SetActive(id, active, state.Options.TimeProvider.GetUtcNow()) ?? throw SubscriptionNotFound(context);
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, writer => WebhookJson.WriteSubscription(writer, subscription), context.RequestAborted).ConfigureAwait(false);
    }

    private static void Delete(HttpContext context, EmulatorState state)
    {
        if (!AppOf(context, state).Registry.Delete(SubscriptionIdOf(context)))
        {
            throw SubscriptionNotFound(context);
        }

        JsonResponse.NoContent(context);
    }

    private static async Task BatchUpdateAsync(HttpContext context, EmulatorState state)
    {
        var webhooks = AppOf(context, state);
        using var body = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        if (!body.RootElement.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array)
        {
            throw ApiProblem.Validation("The body must have an \"inputs\" array of {\"id\", \"active\"} objects.");
        }

        var startedAt = state.Options.TimeProvider.GetUtcNow();
        var updated = new List<WebhookSubscription>();
        foreach (var input in inputs.EnumerateArray())
        {
            var id = input.ValueKind == JsonValueKind.Object && input.TryGetProperty("id", out var idValue) ? ParseId(idValue) : null;
            if (id is null)
            {
                throw ApiProblem.Validation("Every input needs a numeric \"id\".");
            }

            var active = ActiveOf(input, $"Input {id} must set \"active\" to true or false.");
            updated.Add(webhooks.Registry.SetActive(id.Value, active, startedAt)
                ?? throw ApiProblem.NotFound($"Subscription {id} does not exist.", id.Value.ToString(CultureInfo.InvariantCulture)));
        }

        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("status", "COMPLETE");
            WebhookJson.WriteSubscriptions(writer, updated);
            writer.WriteString("startedAt", WireFormat.Timestamp(startedAt));
            writer.WriteString("completedAt", WireFormat.Timestamp(state.Options.TimeProvider.GetUtcNow()));
            writer.WriteEndObject();
        }, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The emulated app, or 404 when the path names another app.</summary>
    private static EmulatorWebhooks AppOf(HttpContext context, EmulatorState state)
    {
        var webhooks = state.Webhooks;
        var appId = context.GetRouteValue("appId") as string;
        return appId == AppIdText(webhooks)
            ? webhooks
            : throw ApiProblem.NotFound($"App {appId} does not exist. The emulated app is {AppIdText(webhooks)} (HubSpotEmulatorOptions.Webhooks.AppId).", appId ?? "");
    }

    private static string AppIdText(EmulatorWebhooks webhooks) => webhooks.Options.AppId.ToString(CultureInfo.InvariantCulture);

    private static long SubscriptionIdOf(HttpContext context) =>
        long.TryParse(context.GetRouteValue("subscriptionId") as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw SubscriptionNotFound(context);

    private static ApiProblem SubscriptionNotFound(HttpContext context)
    {
        var id = context.GetRouteValue("subscriptionId") as string ?? "";
        return ApiProblem.NotFound($"Subscription {id} does not exist.", id);
    }

    private static long? ParseId(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var number) => number,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static bool ActiveOf(JsonElement input, string message) =>
        input.TryGetProperty("active", out var active) && active.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? active.GetBoolean()
            : throw ApiProblem.Validation(message);

    private static string? OptionalText(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
