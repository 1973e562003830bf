namespace Spoke.Emulator.Http;

/// <summary>One of HubSpot's rate-limit policies, as named in 429 bodies.</summary>
internal sealed record RateLimitPolicy(string Name, string MessageName, string GroupSuffix)
{
    public static readonly RateLimitPolicy TenSecondlyRolling = new("TEN_SECONDLY_ROLLING", "ten_secondly_rolling", "ten-secondly");
    public static readonly RateLimitPolicy Secondly = new("SECONDLY", "secondly", "secondly");
    public static readonly RateLimitPolicy Daily = new("DAILY", "daily", "daily");
}
