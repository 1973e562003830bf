namespace Spoke.Emulator;

/// <summary>
/// HubSpot's request limits as the emulator enforces them. Shrink <see cref="Window"/> and the token's burst limit to
/// test limiter behaviour quickly, or set <see cref="Enabled"/> to <see langword="false"/> for benchmarks.
/// </summary>
public sealed class EmulatorRateLimits
{
    /// <summary>Whether any limit is enforced. Default <see langword="true"/>, as on HubSpot.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The rolling window of the burst limit. HubSpot's is 10 seconds.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Search requests allowed per account (every token together) per <see cref="SearchWindow"/>. HubSpot documents 5 per
    /// second per account (developers.hubspot.com, "Search the CRM", Limits, March 2026). Searches also count against the
    /// daily quota, never against <see cref="Window"/>.
    /// </summary>
    public int SearchRequestsPerWindow { get; set; } = 5;

    /// <summary>The rolling window of the search limit. HubSpot's is 1 second.</summary>
    public TimeSpan SearchWindow { get; set; } = TimeSpan.FromSeconds(1);
}
