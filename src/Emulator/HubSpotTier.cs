namespace Spoke.Emulator;

/// <summary>The account's subscription tier, which sets a private app's burst limit and daily quota.</summary>
public enum HubSpotTier
{
    /// <summary>Free and Starter: 100 requests per 10 seconds, 250,000 a day.</summary>
    Starter,

    /// <summary>Professional: 190 requests per 10 seconds, 625,000 a day.</summary>
    Professional,

    /// <summary>Enterprise: 190 requests per 10 seconds, 1,000,000 a day.</summary>
    Enterprise,

    /// <summary>Enterprise with one API Limit Increase pack: 250 requests per 10 seconds, 2,000,000 a day.</summary>
    ApiLimitIncrease,
}
