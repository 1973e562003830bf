using System.Net;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Metrics_count_every_attempt_the_retries_the_429s_and_the_limiter_wait()
    {
        // A host of its own, so measurements from other tests running at the same time are told apart.
        var host = $"metrics-{Guid.NewGuid():N}.test";
        using var requests = new MetricCollector<long>(null, HubSpotDiagnostics.MeterName, "spoke.hubspot.requests");
        using var retries = new MetricCollector<long>(null, HubSpotDiagnostics.MeterName, "spoke.hubspot.retries");
        using var rateLimited = new MetricCollector<long>(null, HubSpotDiagnostics.MeterName, "spoke.hubspot.rate_limited");
        using var limiterWait = new MetricCollector<double>(null, HubSpotDiagnostics.MeterName, "spoke.hubspot.limiter.wait");
        var clock = FakeClock.Create();
        var handler = ScriptedHttpHandler.Sequence(clock, () => Responses.TenSecondlyLimit("0"), () => Responses.Status(HttpStatusCode.BadGateway), () => Responses.Ok());
        using var client = TestClients.Create(handler, TestClients.Options(clock, options => options.BaseAddress = new Uri($"http://{host}/")));

        await FakeClock.RunAsync(clock, client.SendAsync(HubSpotRequest.Get("crm/v3/objects/contacts")));

        Assert.Equal(3, Sum(requests, host));
        Assert.Equal(2, Sum(retries, host));
        Assert.Equal(1, Sum(rateLimited, host));
        Assert.Equal(3, limiterWait.GetMeasurementSnapshot().Count(measurement => (string?)measurement.Tags["server.address"] == host));
        Assert.Contains(retries.GetMeasurementSnapshot(), measurement => (string?)measurement.Tags["spoke.retry.reason"] == "status 502");
    }

    private static long Sum(MetricCollector<long> collector, string host) =>
        collector.GetMeasurementSnapshot().Where(measurement => (string?)measurement.Tags["server.address"] == host).Sum(measurement => measurement.Value);
}
