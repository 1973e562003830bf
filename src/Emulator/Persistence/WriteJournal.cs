using System.Collections.Concurrent;
using System.Diagnostics;
using Spoke.Emulator.Http;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// The write-ahead journal of the data file. Each completed write appends one entry (under the database's write lock, so
/// entries are in the order writes applied); a writer thread of its own (so a busy thread pool cannot delay it) hands
/// entries to the operating system as they come, which a killed process cannot lose, and forces them to disk at least
/// every <see cref="SyncInterval"/>, which bounds what a power cut can. Entries are framed with a checksum
/// (<see cref="JournalFraming"/>), so recovery stops cleanly at a record torn by a crash. <see cref="Rotate"/> starts a
/// new segment where a snapshot is taken.
/// </summary>
internal sealed class WriteJournal : IWriteJournal, IAsyncDisposable
{
    /// <summary>The most time between an entry reaching the operating system and being forced to disk.</summary>
    public static readonly TimeSpan SyncInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How far the writer may fall behind before appends wait for it, so a slow disk holds writes back instead of
    /// letting unwritten entries (and memory) pile up.
    /// </summary>
    private const long MaxQueuedBytes = 64L * 1024 * 1024;

    private readonly string dataFile;
    private readonly ConcurrentQueue<QueuedItem> queue = new();
    private readonly AutoResetEvent queued = new(initialState: false);
    private readonly ManualResetEventSlim room = new(initialState: true);
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<long> written;
    private FileStream segment;
    private long lastSegment;
    private long queuedBytes;
    private volatile bool completing;
    private volatile Exception? failure;

    /// <summary>Starts the journal in segment <paramref name="firstSegment"/>.</summary>
    /// <param name="dataFile">The data file the segments sit beside.</param>
    /// <param name="firstSegment">The number of the first segment, which must not exist yet.</param>
    /// <param name="written">Told how many bytes each burst of entries added, from the writer's thread.</param>
    public WriteJournal(string dataFile, long firstSegment, Action<long> written)
    {
        this.dataFile = dataFile;
        this.written = written;
        segment = Open(firstSegment);
        lastSegment = firstSegment;
        new Thread(Run) { IsBackground = true, Name = "Spoke emulator journal" }.Start();
    }

    /// <summary>The number of the newest segment, written to or about to be.</summary>
    public long LastSegment => Interlocked.Read(ref lastSegment);

    /// <summary>Why the journal stopped writing, or <see langword="null"/> while it writes.</summary>
    public Exception? Failure => failure;

    /// <summary>Throws when the journal can no longer write, so the emulator stops acknowledging writes it cannot keep.</summary>
    public void ThrowIfFailed()
    {
        if (failure is { } error)
        {
            throw new ApiProblem(StatusCodes.Status503ServiceUnavailable, ErrorCategories.InternalError,
                $"The emulator cannot write its data file's journal ({error.Message}), so it accepts no more writes. Free the disk and restart it.");
        }
    }

    /// <inheritdoc/>
    public void Append(CrmDatabase database, WrittenChanges changes) => Append(JournalEntry.Build(database, changes));

    /// <summary>Queues one entry; call under the database's write lock. Takes ownership of <paramref name="entry"/>.</summary>
    private void Append(PooledBody entry)
    {
        queue.Enqueue(new QueuedItem(entry, 0, null));
        queued.Set();
        if (Interlocked.Add(ref queuedBytes, entry.WrittenCount) > MaxQueuedBytes)
        {
            room.Reset();
            if (Volatile.Read(ref queuedBytes) > MaxQueuedBytes && failure is null)
            {
                room.Wait();
            }
        }
    }

    /// <summary>
    /// Ends the current segment after the entries queued so far; later entries go to the next one. Call with writes
    /// held off (under the database's lock) so the cut falls exactly where a snapshot starts.
    /// </summary>
    /// <returns>The number of the new segment, and a task that completes once the old one is closed.</returns>
    public (long NewSegment, Task Closed) Rotate()
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var next = Interlocked.Increment(ref lastSegment);
        queue.Enqueue(new QueuedItem(null, next, closed));
        queued.Set();
        if (failure is { } error)
        {
            closed.TrySetException(error);
        }

        return (next, closed.Task);
    }

    /// <summary>Writes and syncs every queued entry, then closes the segment.</summary>
    public async ValueTask DisposeAsync()
    {
        completing = true;
        queued.Set();
        await stopped.Task.ConfigureAwait(false);
        queued.Dispose();
        room.Dispose();
    }

    private void Run()
    {
        var unsynced = false;
        var lastSync = Stopwatch.GetTimestamp();
        try
        {
            while (true)
            {
                var syncDue = SyncInterval - Stopwatch.GetElapsedTime(lastSync);
                if (queue.IsEmpty && !completing)
                {
                    queued.WaitOne(unsynced ? Positive(syncDue) : Timeout.InfiniteTimeSpan);
                }

                var done = completing;
                long bytes = 0;
                while (queue.TryDequeue(out var item))
                {
                    if (item.Entry is { } entry)
                    {
                        bytes += Write(entry);
                    }
                    else
                    {
                        segment.Flush(flushToDisk: true);
                        segment.Dispose();
                        segment = Open(item.NewSegment);
                        item.Rotated!.TrySetResult();
                    }
                }

                // Handing the entries to the operating system is what makes them survive the process being killed.
                segment.Flush(flushToDisk: false);
                Release(bytes);
                unsynced |= bytes > 0;
                if (done || (unsynced && Stopwatch.GetElapsedTime(lastSync) >= SyncInterval))
                {
                    segment.Flush(flushToDisk: true);
                    unsynced = false;
                    lastSync = Stopwatch.GetTimestamp();
                }

                if (done && queue.IsEmpty)
                {
                    break;
                }
            }
        }
        catch (Exception exception)
        {
            // Whatever stops the writer (a full disk, a file removed under it) must stop writes being acknowledged,
            // not leave them queued for a writer that is gone.
            failure = exception;
            room.Set();
            while (queue.TryDequeue(out var item))
            {
                item.Entry?.Dispose();
                item.Rotated?.TrySetException(exception);
            }
        }
        finally
        {
            segment.Dispose();
            stopped.SetResult();
        }
    }

    private static TimeSpan Positive(TimeSpan wait) => wait > TimeSpan.Zero ? wait : TimeSpan.Zero;

    private long Write(PooledBody entry)
    {
        using (entry)
        {
            Span<byte> header = stackalloc byte[JournalFraming.HeaderLength];
            JournalFraming.WriteHeader(header, entry.WrittenMemory.Span);
            segment.Write(header);
            segment.Write(entry.WrittenMemory.Span);
            return entry.WrittenCount;
        }
    }

    private void Release(long bytes)
    {
        if (bytes == 0)
        {
            return;
        }

        written(bytes);
        if (Interlocked.Add(ref queuedBytes, -bytes) <= MaxQueuedBytes)
        {
            room.Set();
        }
    }

    private FileStream Open(long number) =>
        new(JournalSegments.PathOf(dataFile, number), FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024);

    /// <summary>A queued entry, or (with <see cref="Rotated"/>) the point where segment <see cref="NewSegment"/> starts.</summary>
    private readonly record struct QueuedItem(PooledBody? Entry, long NewSegment, TaskCompletionSource? Rotated);
}
