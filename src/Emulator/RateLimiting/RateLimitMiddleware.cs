using System.Globalization;
using Spoke.Emulator.Http;

namespace Spoke.Emulator.RateLimiting;

/// <summary>
/// Enforces the token's limits after authentication, adds the <c>X-HubSpot-RateLimit-*</c> headers to non-search
/// responses (the daily pair only for private apps, the deprecated secondly pair unenforced), and answers 429 with HubSpot's body and <c>Retry-After</c>.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, EmulatorState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limiter = state.RateLimiter;
        var token = context.Token();
        if (!limiter.Enabled || token is null)
        {
            return next(context);
        }

        var isSearch = SearchEndpointMarker.IsSearch(context);
        var decision = limiter.Admit(token, isSearch);
        if (!decision.Admitted)
        {
            return RefuseAsync(context, decision);
        }

        if (!isSearch)
        {
            var headers = context.Response.Headers;
            headers["X-HubSpot-RateLimit-Max"] = Text(token.EffectiveBurstLimit);
            headers["X-HubSpot-RateLimit-Remaining"] = Text(decision.Remaining ?? 0);
            headers["X-HubSpot-RateLimit-Interval-Milliseconds"] = Text((long)limiter.Window.TotalMilliseconds);

            // HubSpot still sends the secondly pair, deprecated and not enforced: a tenth of 110 per 10 s is 11.
            var secondly = (long)Math.Ceiling(token.EffectiveBurstLimit / Math.Max(limiter.Window.TotalSeconds, 1));
            headers["X-HubSpot-RateLimit-Secondly"] = Text(secondly);
            headers["X-HubSpot-RateLimit-Secondly-Remaining"] = Text(Math.Max(0, secondly - decision.RequestsInLastSecond));
            if (token.EffectiveDailyLimit is { } daily)
            {
                headers["X-HubSpot-RateLimit-Daily"] = Text(daily);
                headers["X-HubSpot-RateLimit-Daily-Remaining"] = Text(decision.DailyRemaining ?? 0);
            }
        }

        return next(context);
    }

    /// <summary>Writes HubSpot's 429 for a refused request; also used by injected 429 faults.</summary>
    public static Task RefuseAsync(HttpContext context, RateLimitDecision decision, long portalId = 0)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = Text(seconds);
        var policy = decision.Policy ?? RateLimitPolicy.TenSecondlyRolling;
        var correlationId = context.CorrelationId();
        return JsonResponse.SendAsync(context, StatusCodes.Status429TooManyRequests,
            w => ErrorBodyWriter.WriteRateLimit(w, policy, correlationId, portalId), context.RequestAborted);
    }

    private Task RefuseAsync(HttpContext context, RateLimitDecision decision) =>
        RefuseAsync(context, decision, state.Options.PortalId);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
