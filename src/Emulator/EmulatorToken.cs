namespace Spoke.Emulator;

/// <summary>A Bearer token the emulator accepts, with the scopes and limits HubSpot would attach to it.</summary>
/// <param name="Value">The token text sent as <c>Authorization: Bearer {Value}</c>.</param>
public sealed record EmulatorToken(string Value)
{
    /// <summary>The granted scopes (e.g. <c>crm.objects.contacts.read</c>); <see langword="null"/> grants every scope.</summary>
    public IReadOnlyCollection<string>? Scopes { get; init; }

    /// <summary>Private app or OAuth; OAuth tokens have no daily quota and get no daily headers.</summary>
    public EmulatorTokenKind Kind { get; init; } = EmulatorTokenKind.PrivateApp;

    /// <summary>The account tier that sets a private app's default burst limit and daily quota.</summary>
    public HubSpotTier Tier { get; init; } = HubSpotTier.Professional;

    /// <summary>Requests allowed per rolling window; <see langword="null"/> uses the tier's (or OAuth's 110).</summary>
    public int? BurstLimit { get; init; }

    /// <summary>Requests allowed per UTC day; <see langword="null"/> uses the tier's. Ignored for OAuth tokens.</summary>
    public long? DailyLimit { get; init; }

    /// <summary>The burst limit that applies to this token.</summary>
    internal int EffectiveBurstLimit => BurstLimit ?? (Kind == EmulatorTokenKind.OAuth ? 110 : Tier switch
    {
        HubSpotTier.Starter => 100,
        HubSpotTier.ApiLimitIncrease => 250,
        _ => 190,
    });

    /// <summary>The daily quota that applies to this token, or <see langword="null"/> when there is none (OAuth).</summary>
    internal long? EffectiveDailyLimit => Kind == EmulatorTokenKind.OAuth ? null : DailyLimit ?? Tier switch
    {
        HubSpotTier.Starter => 250_000,
        HubSpotTier.Professional => 625_000,
        HubSpotTier.Enterprise => 1_000_000,
        _ => 2_000_000,
    };

    /// <summary>Whether the token carries <paramref name="scope"/>.</summary>
    internal bool HasScope(string scope) => Scopes is null || Scopes.Contains(scope, StringComparer.Ordinal);
}
