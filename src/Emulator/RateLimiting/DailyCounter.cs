namespace Spoke.Emulator.RateLimiting;

/// <summary>Counts requests per UTC day (the emulated account's time zone is UTC); thread-safe.</summary>
internal sealed class DailyCounter
{
    private readonly Lock gate = new();
    private DateOnly day;
    private long used;

    public (bool Admitted, long Remaining, TimeSpan RetryAfter) TryAdmit(long limit, DateTimeOffset now)
    {
        lock (gate)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            if (today != day)
            {
                day = today;
                used = 0;
            }

            if (used >= limit)
            {
                var midnight = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return (false, 0, midnight - now);
            }

            used++;
            return (true, limit - used, TimeSpan.Zero);
        }
    }
}
