namespace Spoke.RateLimiting;

/// <summary>One rolling-window limit a <see cref="HubSpotBudgetStore"/> counts permits for.</summary>
/// <param name="Key">
/// Identifies the bucket across every process that shares the store, for example <c>burst:token:3F2A…</c>. It names the
/// token only by a hash, never by the token itself.
/// </param>
/// <param name="Limit">The most permits that may be held at once.</param>
public readonly record struct BudgetBucket(string Key, int Limit);
