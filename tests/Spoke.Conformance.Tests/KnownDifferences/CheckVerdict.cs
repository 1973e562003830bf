using Spoke.Conformance.Tests.Running;

namespace Spoke.Conformance.Tests.KnownDifferences;

/// <summary>How one check's result reads against the known differences.</summary>
internal enum CheckOutcome
{
    /// <summary>The emulator behaves as HubSpot documents.</summary>
    Conforms,

    /// <summary>It fails, as <c>known-differences.json</c> says it does: not a test failure.</summary>
    KnownDifference,

    /// <summary>It passes although listed as a difference: the list must lose the entry.</summary>
    ListedButConforms,

    /// <summary>It fails and is not listed: a regression or a new difference.</summary>
    Differs,

    /// <summary>The runner printed nothing for it.</summary>
    NotReported,
}

/// <summary>The outcome of one check and the message a test shows for it.</summary>
internal sealed record CheckVerdict(CheckOutcome Outcome, string Message)
{
    public bool FailsTest => Outcome is CheckOutcome.ListedButConforms or CheckOutcome.Differs or CheckOutcome.NotReported;

    public static CheckVerdict Of(string id, CheckResult? result, KnownDifference? known) => (result, known) switch
    {
        (null, _) => new(CheckOutcome.NotReported,
            $"The runner reported no result for {id}; see its output above, or run `node run.js --only {id}` in tests/Spoke.Conformance.Tests/node."),
        ({ Passed: true }, null) => new(CheckOutcome.Conforms, $"{id} conforms ({result.Source})."),
        ({ Passed: true }, not null) => new(CheckOutcome.ListedButConforms,
            $"{id} now passes: remove it from known-differences.json and from the Conformance table in docs/emulator.md."),
        ({ Passed: false }, null) => new(CheckOutcome.Differs,
            $"{id} differs from HubSpot ({result.Source}): {result.Detail}"),
        ({ Passed: false }, not null) => new(CheckOutcome.KnownDifference,
            $"{id} is a known difference. HubSpot: {known.HubSpot} Emulator: {known.Emulator} Detail: {result.Detail}"),
    };
}
