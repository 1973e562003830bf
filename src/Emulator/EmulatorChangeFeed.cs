using System.Threading.Channels;

namespace Spoke.Emulator;

/// <summary>
/// Every change applied to the emulated account, fanned out to subscribers. Each subscriber gets its own unbounded
/// channel, so a slow reader never slows a request.
/// </summary>
public sealed class EmulatorChangeFeed
{
    private readonly Lock gate = new();
    private readonly List<Channel<EmulatorChange>> subscribers = [];
    private long sequence;
    private volatile int subscriberCount;

    /// <summary>Whether anyone listens; writes skip recording changes when nobody does.</summary>
    internal bool HasSubscribers => subscriberCount > 0;

    /// <summary>Starts receiving changes applied from now on. Dispose the subscription to stop.</summary>
    public EmulatorChangeSubscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<EmulatorChange>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate)
        {
            subscribers.Add(channel);
            subscriberCount = subscribers.Count;
        }

        return new EmulatorChangeSubscription(channel.Reader, () => Unsubscribe(channel));
    }

    /// <summary>Publishes changes; called inside the write that applied them, so their order is the order applied.</summary>
    internal void Publish(IReadOnlyList<PendingChange> changes, DateTimeOffset occurredAt)
    {
        if (changes.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            foreach (var pending in changes)
            {
                var change = pending.ToChange(++sequence, occurredAt);
                foreach (var subscriber in subscribers)
                {
                    subscriber.Writer.TryWrite(change);
                }
            }
        }
    }

    private void Unsubscribe(Channel<EmulatorChange> channel)
    {
        lock (gate)
        {
            subscribers.Remove(channel);
            subscriberCount = subscribers.Count;
        }

        channel.Writer.TryComplete();
    }
}
