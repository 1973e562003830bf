using Spoke.Emulator.Http;

namespace Spoke.Emulator.Endpoints;

/// <summary><c>GET /account-info/v3/details</c>: the emulated account (portal id from the options, UTC, US dollars).</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/account-info/v3/details", Details).Requires(ScopeRequirement.None);

    private static Task Details(HttpContext context, EmulatorState state) =>
        JsonResponse.SendAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("portalId", state.Options.PortalId);
            writer.WriteString("accountType", "STANDARD");
            // The emulator keeps the account's day in UTC (the daily quota resets at midnight UTC).
            writer.WriteString("timeZone", "UTC");
            writer.WriteString("companyCurrency", "USD");
            writer.WriteStartArray("additionalCurrencies");
            writer.WriteEndArray();
            writer.WriteString("utcOffset", "+00:00");
            writer.WriteNumber("utcOffsetMilliseconds", 0);
            writer.WriteString("uiDomain", "app.hubspot.com");
            writer.WriteString("dataHostingLocation", "na1");
            writer.WriteEndObject();
        }, context.RequestAborted);
}
