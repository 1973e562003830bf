using System.Globalization;

namespace Spoke.Http;

/// <summary>Buffers an <see cref="HttpResponseMessage"/> into a <see cref="HubSpotResponse"/> and reads the headers the client acts on.</summary>
internal static class HubSpotResponseReader
{
    public static async Task<HubSpotResponse> ReadAsync(HttpResponseMessage message, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        var content = await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new HubSpotResponse
        {
            Status = (int)message.StatusCode,
            Headers = Headers(message),
            Content = content,
            MediaType = message.Content.Headers.ContentType?.MediaType,
            RetryAfter = RetryAfter(message, timeProvider),
            RateLimit = RateLimit(message),
            DailyRemaining = long.TryParse(Header(message, HubSpotHeaderNames.DailyRemaining), NumberStyles.Integer, CultureInfo.InvariantCulture, out var daily) && daily >= 0 ? daily : null,
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> Headers(HttpResponseMessage message)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in message.Headers.Concat(message.Content.Headers))
        {
            headers[name] = [.. values];
        }

        return headers;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage message, TimeProvider timeProvider)
    {
        var retryAfter = message.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static RateLimitHeaders? RateLimit(HttpResponseMessage message)
    {
        var max = Integer(message, HubSpotHeaderNames.RateLimitMax);
        var remaining = Integer(message, HubSpotHeaderNames.RateLimitRemaining);
        var interval = Integer(message, HubSpotHeaderNames.RateLimitInterval);
        return max is > 0 && remaining is >= 0 && interval is > 0
            ? new RateLimitHeaders(max.Value, remaining.Value, TimeSpan.FromMilliseconds(interval.Value))
            : null;
    }

    private static int? Integer(HttpResponseMessage message, string name) =>
        int.TryParse(Header(message, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Header(HttpResponseMessage message, string name) =>
        message.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
