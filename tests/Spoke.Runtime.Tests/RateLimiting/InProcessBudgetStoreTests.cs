using Spoke.RateLimiting;
using Spoke.Resilience;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.RateLimiting;

/// <summary>The default budget store on a fake clock: holds set after the grant, earlier or later, and lapsed permits.</summary>
public sealed class InProcessBudgetStoreTests
{
    private static readonly BudgetBucket OnePermit = new("burst:test", 1);

    [Fact]
    public async Task A_permit_lapses_at_the_hold_it_is_set_to_later_or_earlier_and_a_lapsed_one_stays_lapsed()
    {
        var clock = FakeClock.Create();
        var store = new InProcessBudgetStore(clock);
        var permit = await store.TryAcquireAsync(OnePermit, TimeSpan.FromSeconds(1));

        await store.SetHoldAsync(OnePermit, permit.PermitId!, TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(2));
        var lengthened = await store.TryAcquireAsync(OnePermit, TimeSpan.FromSeconds(1));
        await store.SetHoldAsync(OnePermit, permit.PermitId!, TimeSpan.FromSeconds(1));
        var shortened = await store.TryAcquireAsync(OnePermit, TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(2));
        await store.SetHoldAsync(OnePermit, shortened.PermitId!, TimeSpan.FromMinutes(5));
        var afterLapse = await store.TryAcquireAsync(OnePermit, TimeSpan.FromSeconds(1));

        Assert.False(lengthened.IsGranted);
        Assert.Equal(TimeSpan.FromSeconds(28), lengthened.RetryAfter);
        Assert.True(shortened.IsGranted);
        Assert.True(afterLapse.IsGranted);
    }
}
