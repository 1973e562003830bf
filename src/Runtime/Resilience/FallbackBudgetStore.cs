using Microsoft.Extensions.Logging;
using Spoke.RateLimiting;
using Spoke.Telemetry;

namespace Spoke.Resilience;

/// <summary>
/// Puts a shared <see cref="HubSpotBudgetStore"/> in front of a local one, so that the shared store failing never fails a
/// HubSpot call. While the shared store throws, permits come from the local store on a conservative share of each limit
/// (the limit divided by <see cref="HubSpotBudgetStore.ExpectedProcessCount"/>), with a warning and a metric; the shared
/// store is tried again every second. Every permit is also recorded locally, so the local share counts this process's
/// permits from before the outage too; and when the shared store is tried again, and once it answers, every permit this
/// process took before that (during the outage, or before it on a store that may have restarted empty) still counts against
/// the shared limit until it lapses.
/// </summary>
internal sealed class FallbackBudgetStore(HubSpotBudgetStore shared, TimeProvider timeProvider, ILogger logger) : HubSpotBudgetStore
{
    private const string SharedPrefix = "s:";
    private const string LocalPrefix = "l:";
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(1);

    private readonly InProcessBudgetStore _local = new(timeProvider);
    private readonly Lock _sync = new();
    private long? _unavailableSince;
    private long? _recoveredAt;
    private long _retryAt;

    public override int ExpectedProcessCount => shared.ExpectedProcessCount;

    private bool IsUnavailable
    {
        get
        {
            lock (_sync)
            {
                return _unavailableSince is not null;
            }
        }
    }

    public override async ValueTask<BudgetGrant> TryAcquireAsync(BudgetBucket bucket, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        if (UseShared())
        {
            var unknownToShared = UnknownToShared(bucket.Key);
            if (unknownToShared < bucket.Limit)
            {
                try
                {
                    var grant = await shared.TryAcquireAsync(bucket with { Limit = bucket.Limit - unknownToShared }, hold, cancellationToken).ConfigureAwait(false);
                    Recovered();
                    if (grant.PermitId is not { } sharedId)
                    {
                        return grant;
                    }

                    var mirror = await _local.TryAcquireAsync(bucket with { Limit = int.MaxValue }, hold, cancellationToken).ConfigureAwait(false);
                    return BudgetGrant.Granted(SharedPrefix + mirror.PermitId + ":" + sharedId);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Failed(exception);
                }
            }
            else if (!IsUnavailable)
            {
                return BudgetGrant.Denied(RetryInterval / 10);
            }
        }

        var local = await _local.TryAcquireAsync(LocalShare(bucket), hold, cancellationToken).ConfigureAwait(false);
        return local.IsGranted ? BudgetGrant.Granted(LocalPrefix + local.PermitId) : BudgetGrant.Denied(Min(local.RetryAfter, UntilRetry()));
    }

    public override async ValueTask SetHoldAsync(BudgetBucket bucket, string permitId, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        if (permitId.StartsWith(LocalPrefix, StringComparison.Ordinal))
        {
            await _local.SetHoldAsync(bucket, permitId[LocalPrefix.Length..], hold, cancellationToken).ConfigureAwait(false);
            return;
        }

        var ids = permitId[SharedPrefix.Length..];
        var separator = ids.IndexOf(':', StringComparison.Ordinal);
        await _local.SetHoldAsync(bucket, ids[..separator], hold, cancellationToken).ConfigureAwait(false);

        // A permit the shared store cannot reset keeps the hold it was granted with: never worth failing a call for.
        await Shared(static (store, state, token) => store.SetHoldAsync(state.bucket, state.sharedId, state.hold, token), (bucket, sharedId: ids[(separator + 1)..], hold), cancellationToken)
            .ConfigureAwait(false);
    }

    public override async ValueTask ReportDailyRemainingAsync(string quotaKey, long remaining, TimeSpan validFor, CancellationToken cancellationToken = default)
    {
        await _local.ReportDailyRemainingAsync(quotaKey, remaining, validFor, cancellationToken).ConfigureAwait(false);
        await Shared(static (store, state, token) => store.ReportDailyRemainingAsync(state.quotaKey, state.remaining, state.validFor, token), (quotaKey, remaining, validFor), cancellationToken)
            .ConfigureAwait(false);
    }

    public override async ValueTask<long?> TakeDailyAsync(string quotaKey, CancellationToken cancellationToken = default)
    {
        var local = await _local.TakeDailyAsync(quotaKey, cancellationToken).ConfigureAwait(false);
        if (!UseShared())
        {
            return local;
        }

        try
        {
            var taken = await shared.TakeDailyAsync(quotaKey, cancellationToken).ConfigureAwait(false);
            Recovered();
            return taken;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Failed(exception);
            return local;
        }
    }

    private BudgetBucket LocalShare(BudgetBucket bucket) => bucket with { Limit = Math.Max(1, bucket.Limit / Math.Max(1, shared.ExpectedProcessCount)) };

    private async ValueTask Shared<TState>(Func<HubSpotBudgetStore, TState, CancellationToken, ValueTask> call, TState state, CancellationToken cancellationToken)
    {
        if (!UseShared())
        {
            return;
        }

        try
        {
            await call(shared, state, cancellationToken).ConfigureAwait(false);
            Recovered();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Failed(exception);
        }
    }

    /// <summary>
    /// How many permits this process holds that the shared store may not know: while it cannot be reached, every one (it may
    /// come back empty, as a restarted Redis without persistence does); once it answers again, those taken before that.
    /// </summary>
    private int UnknownToShared(string bucketKey)
    {
        long? grantedBefore;
        lock (_sync)
        {
            grantedBefore = _unavailableSince is null ? _recoveredAt : timeProvider.GetTimestamp();
        }

        return grantedBefore is { } before ? _local.CountHeld(bucketKey, before) : 0;
    }

    // A caller waiting on the local share comes back when the shared store is due to be tried again.
    private TimeSpan UntilRetry()
    {
        lock (_sync)
        {
            return _unavailableSince is null ? TimeSpan.Zero : timeProvider.GetElapsedTime(timeProvider.GetTimestamp(), _retryAt);
        }
    }

    private static TimeSpan Min(TimeSpan first, TimeSpan second) => first < second ? first : second;

    private bool UseShared()
    {
        lock (_sync)
        {
            return _unavailableSince is null || timeProvider.GetTimestamp() >= _retryAt;
        }
    }

    private void Failed(Exception exception)
    {
        TransportTelemetry.RecordBudgetStoreError(exception.GetType().Name);
        bool first;
        lock (_sync)
        {
            first = _unavailableSince is null;
            var now = timeProvider.GetTimestamp();
            _unavailableSince ??= now;
            _retryAt = now + (long)(RetryInterval.TotalSeconds * timeProvider.TimestampFrequency);
        }

        if (first)
        {
            TransportTelemetry.RecordBudgetStoreDegraded(degraded: true);
            TransportLog.BudgetStoreUnavailable(logger, exception.Message, Math.Max(1, shared.ExpectedProcessCount));
        }
    }

    private void Recovered()
    {
        long since;
        lock (_sync)
        {
            if (_unavailableSince is not { } unavailableSince)
            {
                return;
            }

            since = unavailableSince;
            _unavailableSince = null;
            _recoveredAt = timeProvider.GetTimestamp();
        }

        TransportTelemetry.RecordBudgetStoreDegraded(degraded: false);
        TransportLog.BudgetStoreRecovered(logger, timeProvider.GetElapsedTime(since).TotalSeconds);
    }
}
