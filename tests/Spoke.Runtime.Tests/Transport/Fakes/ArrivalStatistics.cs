namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>What a server counting requests on arrival would see of them: per rolling window, and how much of a limit they use.</summary>
internal static class ArrivalStatistics
{
    /// <summary>The most arrivals in any window of length <paramref name="window"/>, wherever it starts.</summary>
    public static int MaxInAnyWindow(IEnumerable<DateTimeOffset> arrivals, TimeSpan window)
    {
        var times = arrivals.Order().ToList();
        return times.Select((start, index) => times.Skip(index).TakeWhile(time => time - start < window).Count()).DefaultIfEmpty(0).Max();
    }

    /// <summary>
    /// The share of a limit of <paramref name="limit"/> per <paramref name="window"/> that the arrivals typically use: for each
    /// arrival, the limit's worth of arrivals from it on took a span of time, and a full budget fits them into one window. The
    /// median over every arrival, so the ramp at the start and the tail at the end do not decide it.
    /// </summary>
    public static double MedianShareOfLimit(IEnumerable<DateTimeOffset> arrivals, int limit, TimeSpan window)
    {
        var times = arrivals.Order().ToList();
        var shares = Enumerable.Range(0, times.Count - limit)
            .Select(index => window / (times[index + limit] - times[index]))
            .Order()
            .ToList();
        return shares[shares.Count / 2];
    }
}
