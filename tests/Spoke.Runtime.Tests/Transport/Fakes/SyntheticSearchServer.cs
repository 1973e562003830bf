using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>
/// A HubSpot search endpoint over records with the given ids, answering at once in record id order: it honours <c>limit</c>,
/// the <c>after</c> offset, HubSpot's cap of 10,000 results per query (no cursor past it) and <c>hs_object_id</c> GT/LTE
/// filters. It records when (on the test's clock) each search arrived and how many were in flight at once.
/// </summary>
internal sealed class SyntheticSearchServer(IReadOnlyList<long> ids, TimeProvider timeProvider) : HttpMessageHandler
{
    private readonly ConcurrentQueue<DateTimeOffset> _arrivals = new();
    private int _inFlight;
    private int _maxInFlight;

    public IReadOnlyList<DateTimeOffset> Arrivals => [.. _arrivals];

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Wraps a handler (such as a slow network) around the server and counts searches in flight from the client's side.</summary>
    public HttpMessageHandler Behind(Func<HttpMessageHandler, HttpMessageHandler> network) => new InFlightCounter(this, network(this));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _arrivals.Enqueue(timeProvider.GetUtcNow());
        using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        var root = body.RootElement;
        var limit = root.GetProperty("limit").GetInt32();
        var after = root.TryGetProperty("after", out var afterValue) ? int.Parse(afterValue.GetString()!, CultureInfo.InvariantCulture) : 0;
        var matching = ids.Where(id => Matches(root, id)).Order().ToList();
        var page = matching.Skip(after).Take(limit).ToList();
        var next = after + page.Count;
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $$"""{"total":{{matching.Count}},"results":[""");
        json.AppendJoin(',', page.Select(Record));
        json.Append(']');
        if (next < matching.Count && next < HubSpotLimits.MaxSearchResults)
        {
            json.Append(",\"paging\":{\"next\":{\"after\":\"").Append(next.ToString(CultureInfo.InvariantCulture)).Append("\"}}");
        }

        json.Append('}');
        return Responses.Json(HttpStatusCode.OK, json.ToString());
    }

    private static string Record(long id) =>
        "{\"id\":\"" + id.ToString(CultureInfo.InvariantCulture) + "\",\"properties\":{\"hs_object_id\":\"" + id.ToString(CultureInfo.InvariantCulture)
        + "\"},\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\",\"archived\":false}";

    private static bool Matches(JsonElement request, long id)
    {
        if (!request.TryGetProperty("filterGroups", out var groups) || groups.GetArrayLength() == 0)
        {
            return true;
        }

        return groups.EnumerateArray().Any(group => group.GetProperty("filters").EnumerateArray().All(filter =>
        {
            var value = long.Parse(filter.GetProperty("value").GetString()!, CultureInfo.InvariantCulture);
            return filter.GetProperty("operator").GetString() switch
            {
                "GT" => id > value,
                "LTE" => id <= value,
                var other => throw new NotSupportedException(other),
            };
        }));
    }

    private sealed class InFlightCounter(SyntheticSearchServer server, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref server._inFlight);
            InterlockedMax(ref server._maxInFlight, now);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref server._inFlight);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
