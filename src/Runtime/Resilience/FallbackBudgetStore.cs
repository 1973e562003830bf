using Microsoft.Extensions.Logging;
using Spoke.RateLimiting;
using Spoke.Telemetry;

namespace Spoke.Resilience;

/// <summary>
/// Puts a shared <see cref="HubSpotBudgetStore"/> in front of a local one, so that the shared store failing never fails a
/// HubSpot call. While the shared store throws, permits come from the local store on a conservative share of each limit
/// (the limit divided by <see cref="HubSpotBudgetStore.ExpectedProcessCount"/>), with a warning and a metric; the shared
/// store is tried again every second. Once it answers, the permits taken locally during the outage still count against the
/// shared limit until they lapse, because the shared store never saw them.
/// </summary>
internal sealed class FallbackBudgetStore(HubSpotBudgetStore shared, TimeProvider timeProvider, ILogger logger) : HubSpotBudgetStore
{
    private const string SharedPrefix = "s:";
    private const string LocalPrefix = "l:";
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(1);

    private readonly InProcessBudgetStore _local = new(timeProvider);
    private readonly Lock _sync = new();
    private long? _unavailableSince;
    private long _retryAt;

    public override int ExpectedProcessCount => shared.ExpectedProcessCount;

    public override async ValueTask<BudgetGrant> TryAcquireAsync(BudgetBucket bucket, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        if (UseShared())
        {
            try
            {
                var heldLocally = _local.CountHeld(bucket.Key);
                var grant = heldLocally >= bucket.Limit
                    ? BudgetGrant.Denied(hold)
                    : await shared.TryAcquireAsync(bucket with { Limit = bucket.Limit - heldLocally }, hold, cancellationToken).ConfigureAwait(false);
                Recovered();
                return grant.IsGranted ? BudgetGrant.Granted(SharedPrefix + grant.PermitId) : grant;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                Failed(exception);
            }
        }

        var local = await _local.TryAcquireAsync(LocalShare(bucket), hold, cancellationToken).ConfigureAwait(false);
        return local.IsGranted ? BudgetGrant.Granted(LocalPrefix + local.PermitId) : local;
    }

    public override async ValueTask ShortenAsync(BudgetBucket bucket, string permitId, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        if (permitId.StartsWith(LocalPrefix, StringComparison.Ordinal))
        {
            await _local.ShortenAsync(bucket, permitId[LocalPrefix.Length..], hold, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A permit the shared store cannot shorten simply keeps its longer hold: safe, and never worth failing a call for.
        await Shared(static (store, state, token) => store.ShortenAsync(state.bucket, state.permitId, state.hold, token), (bucket, permitId: permitId[SharedPrefix.Length..], hold), cancellationToken)
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
        }

        TransportTelemetry.RecordBudgetStoreDegraded(degraded: false);
        TransportLog.BudgetStoreRecovered(logger, timeProvider.GetElapsedTime(since).TotalSeconds);
    }
}
