using Spoke.Conformance.Tests.KnownDifferences;
using Spoke.Conformance.Tests.Running;
using Xunit.Abstractions;

namespace Spoke.Conformance.Tests;

/// <summary>
/// One test per check of documented HubSpot behaviour, run with HubSpot's official Node client against the emulator.
/// A check listed in <c>known-differences.json</c> passes while it still fails and fails once it passes.
/// </summary>
public sealed class ConformanceChecks(ConformanceRun run, ITestOutputHelper output) : IClassFixture<ConformanceRun>
{
    /// <summary>Every check id, from <c>node run.js --list</c>.</summary>
    public static TheoryData<string> Checks
    {
        get
        {
            var rows = new TheoryData<string>();
            foreach (var id in NodeToolchain.IsAvailable ? CheckCatalog.Ids : ["node-is-not-installed"])
            {
                rows.Add(id);
            }

            return rows;
        }
    }

    [NodeTheory]
    [MemberData(nameof(Checks))]
    public void Check(string id)
    {
        var verdict = CheckVerdict.Of(id, run.ResultOf(id), KnownDifferenceList.Load().Find(id));
        output.WriteLine(verdict.Message);
        output.WriteLine($"(all checks ran in {run.Duration.TotalSeconds:0.0} s)");
        Assert.False(verdict.FailsTest, verdict.Message);
    }
}
