using Spoke.Webhooks.Idempotency;
using Spoke.Webhooks.Tests.Support;

namespace Spoke.Webhooks.Tests.Idempotency;

public sealed class InMemoryWebhookIdempotencyStoreTests
{
    private static readonly WebhookEventKey First = new(1, 10, "0-1", 100);

    [Fact]
    public async Task Lets_an_event_through_once()
    {
        var store = new InMemoryWebhookIdempotencyStore();

        Assert.True(await store.TryBeginAsync(First));
        await store.CompleteAsync(First);

        Assert.False(await store.TryBeginAsync(First));
    }

    [Fact]
    public async Task Remembers_for_as_long_as_a_timespan_can_hold_without_overflowing()
    {
        var store = new InMemoryWebhookIdempotencyStore(retention: TimeSpan.MaxValue, timeProvider: new ManualClock(DateTimeOffset.UnixEpoch));

        Assert.True(await store.TryBeginAsync(First));
        await store.CompleteAsync(First);

        Assert.False(await store.TryBeginAsync(First));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task Holds_back_a_copy_while_the_first_is_being_handled()
    {
        var store = new InMemoryWebhookIdempotencyStore();

        Assert.True(await store.TryBeginAsync(First));
        Assert.False(await store.TryBeginAsync(First));
    }

    [Fact]
    public async Task Lets_a_retry_through_after_the_handler_failed()
    {
        var store = new InMemoryWebhookIdempotencyStore();

        Assert.True(await store.TryBeginAsync(First));
        await store.AbandonAsync(First);

        Assert.True(await store.TryBeginAsync(First));
    }

    [Fact]
    public async Task Tells_apart_events_that_share_an_event_id_but_not_the_object()
    {
        var store = new InMemoryWebhookIdempotencyStore();
        await store.TryBeginAsync(First);
        await store.CompleteAsync(First);

        Assert.True(await store.TryBeginAsync(First with { ObjectId = 101 }));
        Assert.True(await store.TryBeginAsync(First with { ObjectType = "0-3" }));
        Assert.True(await store.TryBeginAsync(First with { SubscriptionId = 11 }));
    }

    [Fact]
    public async Task Forgets_the_oldest_handled_event_beyond_its_capacity()
    {
        var store = new InMemoryWebhookIdempotencyStore(capacity: 2);
        foreach (var eventId in new long[] { 1, 2, 3 })
        {
            var key = First with { EventId = eventId };
            await store.TryBeginAsync(key);
            await store.CompleteAsync(key);
        }

        Assert.Equal(2, store.Count);
        Assert.True(await store.TryBeginAsync(First with { EventId = 1 }));
        Assert.False(await store.TryBeginAsync(First with { EventId = 3 }));
    }

    [Fact]
    public async Task Forgets_a_handled_event_after_the_retention()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var store = new InMemoryWebhookIdempotencyStore(retention: TimeSpan.FromHours(1), timeProvider: clock);
        await store.TryBeginAsync(First);
        await store.CompleteAsync(First);

        clock.Now += TimeSpan.FromMinutes(59);
        Assert.False(await store.TryBeginAsync(First));

        clock.Now += TimeSpan.FromMinutes(2);
        Assert.True(await store.TryBeginAsync(First));
    }

    [Fact]
    public void Refuses_a_capacity_or_retention_that_cannot_work()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryWebhookIdempotencyStore(capacity: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryWebhookIdempotencyStore(retention: TimeSpan.Zero));
    }
}
