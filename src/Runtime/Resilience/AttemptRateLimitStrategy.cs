using Polly;
using Spoke.Http;

namespace Spoke.Resilience;

/// <summary>
/// Sits inside the retry strategy, so every HTTP attempt, retries included, takes a permit before it is sent and
/// finishes it once the attempt is over (HubSpot has counted the request by then). It refuses an attempt without sending it
/// when HubSpot last reported the daily quota used up, counts attempts, records what each may have done on HubSpot's side,
/// feeds HubSpot's rate-limit headers back to the budget, and hands each outcome to <c>onAttempt</c>.
/// </summary>
internal sealed class AttemptRateLimitStrategy(
    RateLimitBudget budget,
    Action<SendState, TimeSpan> onPermit,
    Action<SendState, Outcome<HubSpotResponse>> onAttempt) : ResilienceStrategy<HubSpotResponse>
{
    protected override async ValueTask<Outcome<HubSpotResponse>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HubSpotResponse>>> callback,
        ResilienceContext context,
        TState state)
    {
        var send = SendState.From(context);
        RateLimitPermit permit;
        TimeSpan waited;
        try
        {
            if (await budget.TakeDailyAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext) is <= 0 and { } left)
            {
                return Outcome.FromException<HubSpotResponse>(HubSpotExceptionFactory.DailyQuotaUsedUp(send.Request, left));
            }

            (permit, waited) = await budget.AcquireAsync(send.Request.Kind, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException exception)
        {
            return Outcome.FromException<HubSpotResponse>(exception);
        }

        onPermit(send, waited);
        send.Attempts++;
        send.HandedToHttpClient = false;
        Outcome<HubSpotResponse> outcome;
        try
        {
            outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        finally
        {
            await permit.FinishAsync().ConfigureAwait(context.ContinueOnCapturedContext);
        }

        send.RecordAttempt(outcome);
        if (outcome.Result is { } response)
        {
            await budget.ObserveAsync(response, permit, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }

        onAttempt(send, outcome);
        return outcome;
    }
}
