using Polly;

namespace Spoke.Resilience;

/// <summary>What the pipeline's strategies need to know about the call in progress.</summary>
internal sealed class SendState(HubSpotRequest request, long startedAt)
{
    public static readonly ResiliencePropertyKey<SendState> Key = new("Spoke.SendState");

    public HubSpotRequest Request { get; } = request;

    /// <summary>When the call started, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long StartedAt { get; } = startedAt;

    /// <summary>HTTP attempts made so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Whether the current attempt got as far as the HTTP client; before that, nothing can have been sent.</summary>
    public bool HandedToHttpClient { get; set; }

    /// <summary>What the last finished attempt may have done on HubSpot's side.</summary>
    public AttemptOutcome LastOutcome { get; private set; }

    /// <summary>Whether any finished attempt may have been applied by HubSpot.</summary>
    public bool MayHaveTakenEffect { get; private set; }

    /// <summary>Whether an attempt before the last one may have been applied (its answer was lost, or was a 5xx).</summary>
    public bool EarlierAttemptMayHaveTakenEffect { get; private set; }

    /// <summary>Records the outcome of the attempt that just finished.</summary>
    public void RecordAttempt(Outcome<HubSpotResponse> outcome)
    {
        LastOutcome = AttemptClassifier.Classify(outcome, HandedToHttpClient);
        EarlierAttemptMayHaveTakenEffect = MayHaveTakenEffect;
        MayHaveTakenEffect |= AttemptClassifier.MayHaveTakenEffect(LastOutcome);
    }

    public static SendState From(ResilienceContext context) => context.Properties.GetValue(Key, null!);
}
