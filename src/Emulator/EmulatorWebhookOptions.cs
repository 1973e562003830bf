namespace Spoke.Emulator;

/// <summary>
/// The emulated HubSpot app that webhook subscriptions belong to, and how its deliveries behave. Defaults follow
/// HubSpot; the retry delay is short so tests and demos see retries in seconds, not hours.
/// </summary>
public sealed class EmulatorWebhookOptions
{
    /// <summary>The default <see cref="ClientSecret"/>.</summary>
    public const string DefaultClientSecret = "emulator-client-secret";

    /// <summary>The app id in <c>/webhooks/v3/{appId}/…</c> and in every event.</summary>
    public long AppId { get; set; } = 1_234_567;

    /// <summary>The app's client secret: deliveries are signed with it (v1 and v3 headers).</summary>
    public string ClientSecret { get; set; } = DefaultClientSecret;

    /// <summary>How many times a delivery is tried in all, HubSpot's 10 by default.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long the target has to answer one try, HubSpot's 5 seconds by default.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The delay before the first retry; it doubles with each further try, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long changes are gathered into one delivery (of at most 100 events) before it is sent.</summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The share of successful deliveries that are sent a second time, as HubSpot sometimes does (0 to 1, default 0).
    /// Seeded by <see cref="HubSpotEmulatorOptions.DataSeed"/>, so runs repeat.
    /// </summary>
    public double DuplicateDeliveryRate { get; set; }
}
