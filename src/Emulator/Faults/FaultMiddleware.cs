using Spoke.Emulator.Http;
using Spoke.Emulator.RateLimiting;

namespace Spoke.Emulator.Faults;

/// <summary>Applies the fault, if any, that the injector picks for this request; runs after routing, before authentication.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, EmulatorState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var fault = state.Faults.Decide(context.Request.Method, context.Request.Path.Value ?? "/");
        switch (fault?.Kind)
        {
            case null:
                await next(context).ConfigureAwait(false);
                break;
            case FaultKind.Latency:
                await Task.Delay(fault.Latency, state.Options.TimeProvider, context.RequestAborted).ConfigureAwait(false);
                await next(context).ConfigureAwait(false);
                break;
            case FaultKind.DropConnection:
                context.Abort();
                break;
            case FaultKind.LoseResponseAfterWrite:
                await RunThenDropAsync(context).ConfigureAwait(false);
                break;
            default:
                await AnswerWithStatusAsync(context, fault.StatusCode).ConfigureAwait(false);
                break;
        }
    }

    private async Task RunThenDropAsync(HttpContext context)
    {
        // The response goes to a buffer nobody reads: the request's effects are applied, its answer never leaves.
        var original = context.Response.Body;
        await using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
            context.Abort();
        }
    }

    private Task AnswerWithStatusAsync(HttpContext context, int status)
    {
        if (status == StatusCodes.Status429TooManyRequests)
        {
            // A search is held to the search limit, never the ten-second window, so its 429 names that limit.
            var policy = SearchEndpointMarker.IsSearch(context) ? RateLimitPolicy.Secondly : RateLimitPolicy.TenSecondlyRolling;
            return RateLimitMiddleware.RefuseAsync(context, RateLimitDecision.Refused(policy, TimeSpan.FromSeconds(1)), state.Options.PortalId);
        }

        var problem = new ApiProblem(status, ErrorCategories.InternalError, $"The server answered {status} (fault injected by the emulator).");
        var correlationId = context.CorrelationId();
        return JsonResponse.SendAsync(context, status, w => ErrorBodyWriter.WriteProblem(w, problem, correlationId), context.RequestAborted);
    }
}
