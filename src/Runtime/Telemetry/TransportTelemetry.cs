using System.Diagnostics.Metrics;
using System.Diagnostics;
using System.Net;
using Spoke.Http;

namespace Spoke.Telemetry;

/// <summary>The activity source and instruments the transport reports to. Tags never carry tokens or query strings.</summary>
internal static class TransportTelemetry
{
    private static readonly string? Version = typeof(TransportTelemetry).Assembly.GetName().Version?.ToString(3);

    public static readonly ActivitySource ActivitySource = new(HubSpotDiagnostics.ActivitySourceName, Version);

    private static readonly Meter Meter = new(HubSpotDiagnostics.MeterName, Version);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "spoke.hubspot.requests", "{request}", "HTTP attempts sent to HubSpot, retries included.");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "spoke.hubspot.retries", "{retry}", "Attempts repeated after a transient failure or a 429.");

    private static readonly Counter<long> RateLimited = Meter.CreateCounter<long>(
        "spoke.hubspot.rate_limited", "{response}", "429 responses from HubSpot.");

    private static readonly Histogram<double> LimiterWait = Meter.CreateHistogram<double>(
        "spoke.hubspot.limiter.wait", "s", "Time an attempt waited for the client-side rate limiter.");

    private static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>(
        "spoke.hubspot.call.duration", "s", "Duration of a HubSpot call, limiter waits and retries included.");

    private static readonly Counter<long> BudgetStoreErrors = Meter.CreateCounter<long>(
        "spoke.hubspot.budget.store.errors", "{error}", "Calls to the shared budget store that failed; each was answered from the local share instead.");

    private static readonly UpDownCounter<long> BudgetStoreDegraded = Meter.CreateUpDownCounter<long>(
        "spoke.hubspot.budget.store.degraded", "{store}", "Shared budget stores this process cannot reach and counts locally for, on a share of each limit.");

    public static void RecordBudgetStoreError(string errorType) =>
        BudgetStoreErrors.Add(1, new TagList { { "error.type", errorType } });

    public static void RecordBudgetStoreDegraded(bool degraded) => BudgetStoreDegraded.Add(degraded ? 1 : -1);

    public static void RecordAttempt(string serverAddress, HubSpotRequest request, HttpStatusCode? status, string? errorType)
    {
        var tags = new TagList
        {
            { "server.address", serverAddress },
            { "http.request.method", request.Method.Method },
            { "spoke.request.kind", request.Kind.ToString() },
        };
        if (status is { } code)
        {
            tags.Add("http.response.status_code", (int)code);
        }

        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        Requests.Add(1, tags);
    }

    public static void RecordRateLimited(string serverAddress, string? policyName) =>
        RateLimited.Add(1, new TagList { { "server.address", serverAddress }, { "spoke.rate_limit.policy", policyName ?? "unknown" } });

    public static void RecordRetry(string serverAddress, string reason) =>
        Retries.Add(1, new TagList { { "server.address", serverAddress }, { "spoke.retry.reason", reason } });

    public static void RecordLimiterWait(string serverAddress, RequestKind kind, TimeSpan waited) =>
        LimiterWait.Record(waited.TotalSeconds, new TagList { { "server.address", serverAddress }, { "spoke.request.kind", kind.ToString() } });

    public static void RecordCall(string serverAddress, HubSpotRequest request, TimeSpan duration, string outcome) =>
        CallDuration.Record(duration.TotalSeconds, new TagList
        {
            { "server.address", serverAddress },
            { "http.request.method", request.Method.Method },
            { "spoke.request.kind", request.Kind.ToString() },
            { "spoke.outcome", outcome },
        });
}
