namespace Spoke;

/// <summary>The documented burst limit of each <see cref="HubSpotApiTier"/>.</summary>
public static class HubSpotApiTierExtensions
{
    /// <summary>The number of requests HubSpot accepts per rolling 10 seconds for <paramref name="tier"/>.</summary>
    /// <param name="tier">The account and app kind.</param>
    /// <returns>100, 190, 250 or 110.</returns>
    public static int RequestsPerTenSeconds(this HubSpotApiTier tier) => tier switch
    {
        HubSpotApiTier.FreeOrStarter => 100,
        HubSpotApiTier.ProfessionalOrEnterprise => 190,
        HubSpotApiTier.ApiLimitIncrease => 250,
        HubSpotApiTier.PublicApp => 110,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown HubSpot API tier."),
    };
}
