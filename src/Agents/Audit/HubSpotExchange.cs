using System.Diagnostics;

namespace Spoke.Agents.Audit;

/// <summary>
/// The last HubSpot status and correlation id seen during one tool call, for its audit line. A tool call opens a scope
/// with <see cref="Begin"/>; the runtime's client activity (<see cref="HubSpotDiagnostics.ActivitySourceName"/>) of every
/// HubSpot call made in that call's async flow fills it, whichever <see cref="HubSpotClient"/> the tools were given.
/// </summary>
internal sealed class HubSpotExchange
{
    private const string StatusTag = "http.response.status_code";
    private const string CorrelationIdTag = "hubspot.correlation_id";

    private static readonly AsyncLocal<HubSpotExchange?> CurrentScope = new();

    private static readonly ActivityListener Listener = Listen();

    /// <summary>The status of the last HubSpot answer, or <see langword="null"/> when none arrived.</summary>
    public int? Status { get; private set; }

    /// <summary>The correlation id of the last HubSpot answer that had one.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>Opens the scope of the tool call running in the current async flow.</summary>
    public static HubSpotExchange Begin()
    {
        GC.KeepAlive(Listener);
        var exchange = new HubSpotExchange();
        CurrentScope.Value = exchange;
        return exchange;
    }

    private void Record(Activity activity)
    {
        if (activity.GetTagItem(StatusTag) is int status)
        {
            Status = status;
            CorrelationId = activity.GetTagItem(CorrelationIdTag) as string;
        }
    }

    // Outside a tool call the listener asks for no activity, so an application's own tracing is left as it configured it.
    private static ActivityListener Listen()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == HubSpotDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                CurrentScope.Value is null ? ActivitySamplingResult.None : ActivitySamplingResult.PropagationData,
            ActivityStopped = activity => CurrentScope.Value?.Record(activity),
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
