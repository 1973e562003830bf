namespace Spoke;

/// <summary>
/// The kind of HubSpot account and app, which sets the burst limit per rolling 10 seconds
/// (<see href="https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines">usage guidelines</see>).
/// </summary>
public enum HubSpotApiTier
{
    /// <summary>A private app or service key on a Free or Starter account: 100 requests per 10 s.</summary>
    FreeOrStarter,

    /// <summary>A private app or service key on a Professional or Enterprise account: 190 requests per 10 s.</summary>
    ProfessionalOrEnterprise,

    /// <summary>An account with the API limit increase add-on: 250 requests per 10 s.</summary>
    ApiLimitIncrease,

    /// <summary>A public (OAuth) app, per installing account: 110 requests per 10 s.</summary>
    PublicApp,
}
