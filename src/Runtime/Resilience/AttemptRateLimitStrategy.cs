using Polly;

namespace Spoke.Resilience;

/// <summary>
/// Sits inside the retry strategy, so every HTTP attempt, retries included, takes a permit before it is sent and
/// finishes it once the attempt is over (HubSpot has counted the request by then). It also
/// counts attempts, records what each may have done on HubSpot's side, and hands each outcome to <c>onAttempt</c> so
/// HubSpot's rate-limit headers reach the limiter.
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
            permit.Finish();
        }

        send.RecordAttempt(outcome);
        onAttempt(send, outcome);
        return outcome;
    }
}
