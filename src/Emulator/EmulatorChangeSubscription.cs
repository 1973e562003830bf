using System.Threading.Channels;

namespace Spoke.Emulator;

/// <summary>A subscription to the change feed; read <see cref="Reader"/>, dispose to stop.</summary>
public sealed class EmulatorChangeSubscription : IDisposable
{
    private readonly Action unsubscribe;
    private int disposed;

    internal EmulatorChangeSubscription(ChannelReader<EmulatorChange> reader, Action unsubscribe)
    {
        Reader = reader;
        this.unsubscribe = unsubscribe;
    }

    /// <summary>The changes, in the order they were applied. Completes when the subscription is disposed.</summary>
    public ChannelReader<EmulatorChange> Reader { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            unsubscribe();
        }
    }
}
