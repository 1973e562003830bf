namespace Spoke;

/// <summary>
/// The names to subscribe to for Spoke's traces and metrics, for example
/// <c>tracing.AddSource(HubSpotDiagnostics.ActivitySourceName)</c> and <c>metrics.AddMeter(HubSpotDiagnostics.MeterName)</c>.
/// </summary>
public static class HubSpotDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one client activity per HubSpot call.</summary>
    public const string ActivitySourceName = "Spoke";

    /// <summary>
    /// The <see cref="System.Diagnostics.Metrics.Meter"/> name. Instruments: <c>spoke.hubspot.requests</c> (HTTP attempts,
    /// retries included), <c>spoke.hubspot.retries</c>, <c>spoke.hubspot.rate_limited</c> (429 responses),
    /// <c>spoke.hubspot.limiter.wait</c> (seconds spent waiting for the client-side limiter) and
    /// <c>spoke.hubspot.call.duration</c> (seconds per call, retries included).
    /// </summary>
    public const string MeterName = "Spoke";
}
