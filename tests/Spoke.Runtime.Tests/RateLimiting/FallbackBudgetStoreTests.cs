using Microsoft.Extensions.Logging.Abstractions;
using Spoke.RateLimiting;
using Spoke.Resilience;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.RateLimiting;

/// <summary>A shared budget store that fails, and comes back empty as a restarted Redis does, behind the local fallback.</summary>
public sealed class FallbackBudgetStoreTests
{
    private static readonly BudgetBucket ThreePermits = new("burst:test", 3);
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_shared_store_back_empty_after_an_outage_grants_nothing_the_permits_taken_before_it_still_hold()
    {
        var clock = FakeClock.Create();
        var shared = new RestartingStore(clock);
        var store = new FallbackBudgetStore(shared, clock, NullLogger.Instance);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await store.TryAcquireAsync(ThreePermits, Hold)).IsGranted);
        }

        shared.Down = true;
        var duringOutage = await store.TryAcquireAsync(ThreePermits, Hold);
        shared.RestartEmpty();
        clock.Advance(TimeSpan.FromSeconds(2));
        var firstAfterRestart = await store.TryAcquireAsync(ThreePermits, Hold);
        var secondAfterRestart = await store.TryAcquireAsync(ThreePermits, Hold);
        clock.Advance(Hold);
        var afterTheyLapse = await store.TryAcquireAsync(ThreePermits, Hold);

        Assert.False(duringOutage.IsGranted);
        Assert.False(firstAfterRestart.IsGranted);
        Assert.False(secondAfterRestart.IsGranted);
        Assert.True(afterTheyLapse.IsGranted);
        Assert.Equal(1, shared.Calls);
    }

    /// <summary>A shared store that can be down, and restart with nothing held.</summary>
    private sealed class RestartingStore(TimeProvider clock) : HubSpotBudgetStore
    {
        private InProcessBudgetStore _inner = new(clock);

        public bool Down { get; set; }

        /// <summary>How many acquisitions reached the store since its restart.</summary>
        public int Calls { get; private set; }

        public void RestartEmpty()
        {
            _inner = new InProcessBudgetStore(clock);
            Down = false;
            Calls = 0;
        }

        public override ValueTask<BudgetGrant> TryAcquireAsync(BudgetBucket bucket, TimeSpan hold, CancellationToken cancellationToken = default)
        {
            if (Down)
            {
                throw new InvalidOperationException("The shared store cannot be reached.");
            }

            Calls++;
            return _inner.TryAcquireAsync(bucket, hold, cancellationToken);
        }

        public override ValueTask SetHoldAsync(BudgetBucket bucket, string permitId, TimeSpan hold, CancellationToken cancellationToken = default) =>
            Down ? throw new InvalidOperationException("The shared store cannot be reached.") : _inner.SetHoldAsync(bucket, permitId, hold, cancellationToken);

        public override ValueTask ReportDailyRemainingAsync(string quotaKey, long remaining, TimeSpan validFor, CancellationToken cancellationToken = default) =>
            _inner.ReportDailyRemainingAsync(quotaKey, remaining, validFor, cancellationToken);

        public override ValueTask<long?> TakeDailyAsync(string quotaKey, CancellationToken cancellationToken = default) =>
            _inner.TakeDailyAsync(quotaKey, cancellationToken);
    }
}
