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

    public static SendState From(ResilienceContext context) => context.Properties.GetValue(Key, null!);
}
