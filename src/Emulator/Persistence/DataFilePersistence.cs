using System.Diagnostics;
using System.Text.Json;
using Spoke.Emulator.Seeding;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// Keeps the account in its data file. At start it restores the last snapshot and replays the journal written after it
/// (up to a record torn by a crash), or seeds a new account, then writes a fresh snapshot. While running, every write
/// is journaled (<see cref="WriteJournal"/>); once the journal has grown to twice the snapshot and writes pause for a
/// second (or it reaches four times, pause or not), the journal starts a new segment and a snapshot from that point is
/// taken in the background while writes go on (<see cref="DataFileStore.Write"/>).
/// At shutdown a last snapshot is written. Snapshots replace the file atomically, and the segments a snapshot makes
/// redundant are kept one snapshot longer, so a crash at any moment, even one that loses the last rename, leaves a file
/// that loads.
/// </summary>
internal sealed class DataFilePersistence : IAsyncDisposable
{
    /// <summary>
    /// A snapshot is due once the journal is twice its size: at most half a byte of snapshot is rewritten per byte
    /// journaled, and recovery reads at most three times the snapshot.
    /// </summary>
    private const int DueRatio = 2;

    /// <summary>While writes keep coming, a due snapshot waits until the journal is four times its size.</summary>
    private const int ForcedRatio = 4;

    /// <summary>How long writes must pause before a due snapshot is taken.</summary>
    private static readonly TimeSpan PauseBeforeCompaction = TimeSpan.FromSeconds(1);

    private readonly EmulatorState state;
    private readonly string path;
    private readonly WriteJournal journal;
    private readonly SemaphoreSlim compactionDue = new(0, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task compactor;
    private long snapshotStart;
    private long snapshotBytes;
    private long journalBytes;
    private long lastWritten;

    private DataFilePersistence(EmulatorState state, string path, long firstSegment, long snapshotStart, long snapshotBytes)
    {
        this.state = state;
        this.path = path;
        this.snapshotStart = snapshotStart;
        this.snapshotBytes = snapshotBytes;
        journal = new WriteJournal(path, firstSegment, OnJournalWritten);
        state.Database.AttachJournal(journal);
        compactor = Task.Run(CompactWhenDueAsync);
    }

    /// <summary>Restores (or seeds) the account and starts journaling it to <paramref name="dataFile"/>.</summary>
    /// <exception cref="InvalidDataException">The data file is damaged, or journal segments exist without it.</exception>
    public static async Task<DataFilePersistence> OpenAsync(EmulatorState state, string dataFile, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(dataFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var segments = JournalSegments.List(path);
        long restoredStart;
        if (File.Exists(path))
        {
            var restore = new AccountRestore(state.Database);
            restoredStart = await DataFileStore.ReadAsync(path, restore, cancellationToken).ConfigureAwait(false);
            foreach (var (_, segment) in segments.Where(s => s.Number >= restoredStart))
            {
                if (!await ReplayAsync(restore, segment, cancellationToken).ConfigureAwait(false))
                {
                    // A record torn by a crash ends what can be trusted; later segments cannot follow a gap.
                    break;
                }
            }

            DataSeeder.SeedOwnersOnly(state);
            state.Database.Write(_ => restore.Complete());
        }
        else if (segments.Count > 0)
        {
            throw new InvalidDataException(
                $"Journal files of \"{path}\" exist ({Path.GetFileName(segments[0].Path)}, …) but the data file does not. Restore the data file, or delete the .journal files to start from a fresh account.");
        }
        else
        {
            DataSeeder.Seed(state);
            restoredStart = 1;
        }

        var firstSegment = Math.Max(restoredStart, segments.Count > 0 ? segments[^1].Number + 1 : 1);
        var snapshotBytes = await Task.Run(() => DataFileStore.Write(state, path, () => firstSegment, cancellationToken), cancellationToken).ConfigureAwait(false);
        JournalSegments.DeleteBelow(path, restoredStart);
        return new DataFilePersistence(state, path, firstSegment, firstSegment, snapshotBytes);
    }

    /// <summary>Stops compacting, writes out the journal and takes the last snapshot; call once writes have stopped.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await compactor.ConfigureAwait(false);
        await journal.DisposeAsync().ConfigureAwait(false);
        state.Database.AttachJournal(null);
        compactionDue.Dispose();
        stopping.Dispose();
        try
        {
            var final = journal.LastSegment + 1;
            await Task.Run(() => DataFileStore.Write(state, path, () => final)).ConfigureAwait(false);
            JournalSegments.DeleteBelow(path, snapshotStart);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException && journal.Failure is null)
        {
            // The journal holds every write, so the next start recovers the account without this snapshot.
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"The account could not be saved to \"{path}\" ({exception.Message}) after its journal had stopped ({journal.Failure!.Message}): the writes acknowledged just before the journal stopped are lost. Free the disk before the next start.",
                exception);
        }
    }

    private static async Task<bool> ReplayAsync(AccountRestore restore, string segment, CancellationToken cancellationToken)
    {
        var (payloads, complete) = JournalFraming.ReadPayloads(await File.ReadAllBytesAsync(segment, cancellationToken).ConfigureAwait(false));
        foreach (var payload in payloads)
        {
            try
            {
                using var entry = JsonDocument.Parse(payload);
                restore.ApplyJournalEntry(entry.RootElement);
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
            {
                return false;
            }
        }

        return complete;
    }

    /// <summary>Runs on the journal's writer thread after each burst of entries.</summary>
    private void OnJournalWritten(long bytes)
    {
        Volatile.Write(ref lastWritten, Stopwatch.GetTimestamp());
        if (Interlocked.Add(ref journalBytes, bytes) > Threshold(DueRatio) && compactionDue.CurrentCount == 0)
        {
            compactionDue.Release();
        }
    }

    /// <summary>The journal size at which compaction is due (or, with <see cref="ForcedRatio"/>, cannot wait).</summary>
    private long Threshold(int ratio) => Math.Max(state.Options.JournalCompactionBytes, ratio * Volatile.Read(ref snapshotBytes));

    private async Task CompactWhenDueAsync()
    {
        try
        {
            while (true)
            {
                await compactionDue.WaitAsync(stopping.Token).ConfigureAwait(false);

                // A snapshot costs CPU, so it waits for a pause in the writes unless the journal has grown too long.
                while (Interlocked.Read(ref journalBytes) <= Threshold(ForcedRatio)
                    && Stopwatch.GetElapsedTime(Volatile.Read(ref lastWritten)) is var quiet && quiet < PauseBeforeCompaction)
                {
                    await Task.Delay(PauseBeforeCompaction - quiet, stopping.Token).ConfigureAwait(false);
                }

                try
                {
                    await CompactAsync(stopping.Token).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // The journal still holds every write, so a snapshot that cannot be written loses nothing; the next
                    // compaction (or start) tries again.
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the last snapshot is taken by DisposeAsync.
        }
    }

    /// <summary>Starts a new journal segment and takes a snapshot from that point, while writes go on.</summary>
    private async Task CompactAsync(CancellationToken cancellationToken)
    {
        long start = 0;
        Task closed = Task.CompletedTask;
        var bytes = DataFileStore.Write(state, path, () =>
        {
            (start, closed) = journal.Rotate();
            Interlocked.Exchange(ref journalBytes, 0);
            return start;
        }, cancellationToken);
        Volatile.Write(ref snapshotBytes, bytes);
        await closed.WaitAsync(cancellationToken).ConfigureAwait(false);
        JournalSegments.DeleteBelow(path, snapshotStart);
        snapshotStart = start;
    }
}
