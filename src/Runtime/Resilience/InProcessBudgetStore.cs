using System.Collections.Concurrent;
using System.Globalization;
using Spoke.RateLimiting;

namespace Spoke.Resilience;

/// <summary>
/// The default <see cref="HubSpotBudgetStore"/>: counts permits in this process, as a log of the hold of every permit
/// granted, on the client's <see cref="TimeProvider"/>. Also the local share a client falls back to when a shared store fails.
/// </summary>
internal sealed class InProcessBudgetStore(TimeProvider timeProvider) : HubSpotBudgetStore
{
    private readonly ConcurrentDictionary<string, HeldPermits> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DailyReport> _daily = new(StringComparer.Ordinal);
    private long _nextId;

    public override ValueTask<BudgetGrant> TryAcquireAsync(BudgetBucket bucket, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetTimestamp();
        var held = Bucket(bucket.Key);
        lock (held)
        {
            held.Lapse(now);
            if (held.Permits.Count >= bucket.Limit)
            {
                var lapsesAt = held.Permits.Values.Min(static permit => permit.LapsesAt);
                return ValueTask.FromResult(BudgetGrant.Denied(timeProvider.GetElapsedTime(now, lapsesAt)));
            }

            var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
            held.Permits[id] = new HeldPermit(now, now + Ticks(hold));
            return ValueTask.FromResult(BudgetGrant.Granted(id));
        }
    }

    public override ValueTask SetHoldAsync(BudgetBucket bucket, string permitId, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        var held = Bucket(bucket.Key);
        lock (held)
        {
            held.Lapse(timeProvider.GetTimestamp());
            if (held.Permits.TryGetValue(permitId, out var permit))
            {
                held.Permits[permitId] = permit with { LapsesAt = permit.GrantedAt + Ticks(hold) };
            }
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask ReportDailyRemainingAsync(string quotaKey, long remaining, TimeSpan validFor, CancellationToken cancellationToken = default)
    {
        _daily[quotaKey] = new DailyReport(remaining, timeProvider.GetTimestamp() + Ticks(validFor));
        return ValueTask.CompletedTask;
    }

    public override ValueTask<long?> TakeDailyAsync(string quotaKey, CancellationToken cancellationToken = default)
    {
        while (_daily.TryGetValue(quotaKey, out var report))
        {
            if (report.ValidUntil <= timeProvider.GetTimestamp())
            {
                _daily.TryRemove(new KeyValuePair<string, DailyReport>(quotaKey, report));
                return ValueTask.FromResult<long?>(null);
            }

            if (_daily.TryUpdate(quotaKey, report with { Remaining = report.Remaining - 1 }, report))
            {
                return ValueTask.FromResult<long?>(report.Remaining);
            }
        }

        return ValueTask.FromResult<long?>(null);
    }

    /// <summary>How many permits of the bucket are held now; only those granted before <paramref name="grantedBefore"/> when it is given.</summary>
    public int CountHeld(string bucketKey, long? grantedBefore = null)
    {
        if (!_buckets.TryGetValue(bucketKey, out var held))
        {
            return 0;
        }

        lock (held)
        {
            held.Lapse(timeProvider.GetTimestamp());
            return grantedBefore is { } before ? held.Permits.Values.Count(permit => permit.GrantedAt < before) : held.Permits.Count;
        }
    }

    private HeldPermits Bucket(string key) => _buckets.GetOrAdd(key, static _ => new HeldPermits());

    private long Ticks(TimeSpan duration) => (long)(duration.Ticks * (timeProvider.TimestampFrequency / (double)TimeSpan.TicksPerSecond));

    private sealed class HeldPermits
    {
        public Dictionary<string, HeldPermit> Permits { get; } = new(StringComparer.Ordinal);

        public void Lapse(long now)
        {
            foreach (var (id, permit) in Permits)
            {
                if (permit.LapsesAt <= now)
                {
                    Permits.Remove(id);
                }
            }
        }
    }

    private readonly record struct HeldPermit(long GrantedAt, long LapsesAt);

    private readonly record struct DailyReport(long Remaining, long ValidUntil);
}
