namespace Spoke.Webhooks;

/// <summary>How <see cref="HubSpotWebhookVerifier"/> checks deliveries.</summary>
public class WebhookVerifierOptions
{
    /// <summary>The default replay window: HubSpot's five minutes.</summary>
    public static readonly TimeSpan DefaultTimestampTolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The app's client secrets. A delivery signed with any of them passes, so a secret can be rotated
    /// without downtime: add the new one, switch the app over in HubSpot, then remove the old one.
    /// </summary>
    public IList<string> ClientSecrets { get; } = [];

    /// <summary>
    /// How far the v3 request timestamp may be from now, in either direction. Older deliveries are treated as
    /// replays; newer ones as forged. Defaults to <see cref="DefaultTimestampTolerance"/>.
    /// </summary>
    public TimeSpan TimestampTolerance { get; set; } = DefaultTimestampTolerance;

    /// <summary>
    /// Whether a request carrying only a v1 or v2 signature is accepted. Off by default: those schemes are plain
    /// SHA-256 with no timestamp, so a captured delivery can be replayed forever. HubSpot sends v3 alongside them.
    /// </summary>
    public bool AllowLegacySignatures { get; set; }

    /// <summary>What is wrong with these options, or <see langword="null"/> when they can be used.</summary>
    /// <returns>A message that says what is wrong and how to fix it, or <see langword="null"/>.</returns>
    /// <remarks>Options that derive from these add their own checks and end with the base class's.</remarks>
    protected internal virtual string? FindProblem()
    {
        if (ClientSecrets.Count == 0)
        {
            return "No client secret is configured. Add the app's client secret (HubSpot developer account > app > Auth) to ClientSecrets.";
        }

        if (ClientSecrets.Any(string.IsNullOrWhiteSpace))
        {
            return "A configured client secret is empty. Remove it or set it to the app's client secret.";
        }

        return TimestampTolerance <= TimeSpan.Zero
            ? $"TimestampTolerance must be positive; it is {TimestampTolerance}. HubSpot's window is five minutes."
            : null;
    }
}
