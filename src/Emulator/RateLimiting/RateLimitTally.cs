using System.Collections.Concurrent;

namespace Spoke.Emulator.RateLimiting;

/// <summary>
/// A read-only record of when the emulator admitted each request against one limit (a token's burst window, or the
/// account's search limit) and how many it refused: what HubSpot's side of a window saw, for tests that check a client
/// never exceeds the limit. Keeps the most recent <see cref="Capacity"/> admissions.
/// </summary>
internal sealed class RateLimitTally
{
    public const int Capacity = 100_000;

    private readonly ConcurrentQueue<DateTimeOffset> _admitted = new();
    private long _refused;

    /// <summary>When each admitted request arrived, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Admitted => [.. _admitted];

    /// <summary>How many requests the limit refused with a 429.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    public void Admit(DateTimeOffset arrivedAt)
    {
        _admitted.Enqueue(arrivedAt);
        while (_admitted.Count > Capacity && _admitted.TryDequeue(out _))
        {
        }
    }

    public void Refuse() => Interlocked.Increment(ref _refused);
}
