namespace Spoke.Redis;

/// <summary>How a <see cref="RedisBudgetStore"/> names its keys and shares the budget when Redis cannot be reached.</summary>
public sealed class RedisBudgetStoreOptions
{
    /// <summary>The default <see cref="ExpectedProcessCount"/>.</summary>
    public const int DefaultExpectedProcessCount = 4;

    /// <summary>The prefix of every key the store writes. Default <c>spoke:budget:</c>.</summary>
    public string KeyPrefix { get; set; } = "spoke:budget:";

    /// <summary>
    /// How many processes share the budget. While Redis cannot be reached, each keeps to the limit divided by this number
    /// (at least one request per window), so together they stay within HubSpot's limit; set it to the number of processes
    /// (pods, machines, workers) that use the token. Default 4.
    /// </summary>
    public int ExpectedProcessCount { get; set; } = DefaultExpectedProcessCount;
}
