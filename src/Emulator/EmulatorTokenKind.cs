namespace Spoke.Emulator;

/// <summary>How a token was issued, which decides its limits and rate-limit headers.</summary>
public enum EmulatorTokenKind
{
    /// <summary>A private app access token (<c>pat-…</c>): burst limit by tier, a daily quota and the daily headers.</summary>
    PrivateApp,

    /// <summary>A public app's OAuth access token: 110 requests per 10 seconds, no daily quota, no daily headers.</summary>
    OAuth,
}
