using Spoke.Emulator.Text;

namespace Spoke.Emulator.Faults;

/// <summary>
/// Decides which requests get a fault. The n-th request matching a rule fires it when a hash of (seed, rule, n) falls
/// under the rule's percentage, so a run's faults depend only on the seed and the order of requests.
/// </summary>
internal sealed class FaultInjector
{
    private readonly EmulatorFaults faults;
    private readonly long[] matches;

    public FaultInjector(EmulatorFaults faults)
    {
        this.faults = faults;
        matches = new long[faults.Rules.Count];
    }

    public FaultRule? Decide(string method, string path)
    {
        for (var index = 0; index < matches.Length; index++)
        {
            var rule = faults.Rules[index];
            if (!Applies(rule, method, path))
            {
                continue;
            }

            var count = Interlocked.Increment(ref matches[index]);
            if (Draw(faults.Seed, index, count) < rule.Percentage)
            {
                return rule;
            }
        }

        return null;
    }

    private static bool Applies(FaultRule rule, string method, string path) =>
        (rule.Method is null || rule.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
        && (rule.PathPattern is null || WildcardPattern.Matches(rule.PathPattern, path));

    /// <summary>A number in [0, 100) from SplitMix64 over the seed, the rule and the match count.</summary>
    private static double Draw(int seed, int rule, long count)
    {
        var x = unchecked(((ulong)(uint)seed << 32) ^ ((ulong)rule << 48) ^ (ulong)count);
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (x >> 11) * (100.0 / (1UL << 53));
    }
}
