using Spoke.Conformance.Tests.Running;

namespace Spoke.Conformance.Tests.KnownDifferences;

public sealed class CheckVerdictTests
{
    private static readonly KnownDifference Listed = new("pipelines.deals-list", "HubSpot lists pipelines.", "The emulator answers 404.");

    [Fact]
    public void A_passing_check_that_is_not_listed_conforms()
    {
        var verdict = CheckVerdict.Of("objects.get-by-id", Result("objects.get-by-id", passed: true), null);

        Assert.Equal(CheckOutcome.Conforms, verdict.Outcome);
        Assert.False(verdict.FailsTest);
    }

    [Fact]
    public void A_failing_check_that_is_listed_is_a_known_difference_and_does_not_fail_the_test()
    {
        var verdict = CheckVerdict.Of(Listed.Id, Result(Listed.Id, passed: false, detail: "HTTP 404"), Listed);

        Assert.Equal(CheckOutcome.KnownDifference, verdict.Outcome);
        Assert.False(verdict.FailsTest);
        Assert.Contains("HubSpot lists pipelines.", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_check_that_now_passes_fails_the_test_and_asks_for_its_removal()
    {
        var verdict = CheckVerdict.Of(Listed.Id, Result(Listed.Id, passed: true), Listed);

        Assert.Equal(CheckOutcome.ListedButConforms, verdict.Outcome);
        Assert.True(verdict.FailsTest);
        Assert.Contains("remove it from known-differences.json", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_check_that_is_not_listed_fails_the_test_with_its_source_and_detail()
    {
        var verdict = CheckVerdict.Of("search.operator-eq", Result("search.operator-eq", passed: false, detail: "expected [gamma]"), null);

        Assert.Equal(CheckOutcome.Differs, verdict.Outcome);
        Assert.True(verdict.FailsTest);
        Assert.Contains("hubspot-api.md §4.1", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("expected [gamma]", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_the_runner_did_not_report_fails_the_test()
    {
        var verdict = CheckVerdict.Of("objects.get-by-id", null, null);

        Assert.Equal(CheckOutcome.NotReported, verdict.Outcome);
        Assert.True(verdict.FailsTest);
    }

    private static CheckResult Result(string id, bool passed, string detail = "") =>
        new(id, id[..id.IndexOf('.', StringComparison.Ordinal)], "hubspot-api.md §4.1", passed, detail);
}
