using Spoke.Batch;

namespace Spoke.Runtime.Tests.Operations.Batch;

public sealed class BatchOutcomeMatcherTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoContext = new Dictionary<string, IReadOnlyList<string>>();

    [Fact]
    public void Results_and_errors_are_mapped_back_by_trace_id_whatever_their_order()
    {
        var chunk = Items("a", "b", "c");
        var response = new BatchResponse<string>(
            [Result("C", traceId: "2"), Result("A", traceId: "0")],
            [new BatchItemError("VALIDATION_ERROR", null, "bad b", Context("objectWriteTraceId", "1"))]);
        var outcomes = new BatchItemResult<string, string>?[3];

        BatchOutcomeMatcher.Match(chunk, response, matchByPosition: false, outcomes);

        Assert.Equal("A", outcomes[0]!.Record);
        Assert.Equal("bad b", outcomes[1]!.Error!.Message);
        Assert.Equal("C", outcomes[2]!.Record);
    }

    [Fact]
    public void Without_trace_ids_results_are_matched_by_unique_value_case_insensitively()
    {
        var chunk = new[] { new BatchInputItem<string>(0, "x", "0", "Ann@Example.com"), new BatchInputItem<string>(1, "y", "1", "bob@example.com") };
        var response = new BatchResponse<string>([Result("B", uniqueValue: "bob@example.com", created: true), Result("A", uniqueValue: "ann@example.com", created: false)], []);
        var outcomes = new BatchItemResult<string, string>?[2];

        BatchOutcomeMatcher.Match(chunk, response, matchByPosition: false, outcomes);

        Assert.Equal(("A", (UpsertOutcome?)UpsertOutcome.Updated), (outcomes[0]!.Record, outcomes[0]!.UpsertOutcome));
        Assert.Equal(("B", (UpsertOutcome?)UpsertOutcome.Created), (outcomes[1]!.Record, outcomes[1]!.UpsertOutcome));
    }

    [Fact]
    public void An_input_HubSpot_says_nothing_about_gets_an_explicit_error()
    {
        var chunk = Items("a", "b");
        var response = new BatchResponse<string>([Result("A", traceId: "0")], []);
        var outcomes = new BatchItemResult<string, string>?[2];

        BatchOutcomeMatcher.Match(chunk, response, matchByPosition: false, outcomes);

        Assert.True(outcomes[0]!.Succeeded);
        Assert.Equal(BatchItemError.NoResult, outcomes[1]!.Error!.Category);
    }

    [Fact]
    public void Creates_without_echoed_keys_are_matched_by_position()
    {
        var chunk = Items("a", "b");
        var response = new BatchResponse<string>([Result("A"), Result("B")], []);
        var outcomes = new BatchItemResult<string, string>?[2];

        BatchOutcomeMatcher.Match(chunk, response, matchByPosition: true, outcomes);

        Assert.Equal(["A", "B"], outcomes.Select(outcome => outcome!.Record));
    }

    [Fact]
    public void A_single_error_not_tied_to_an_input_is_given_to_the_inputs_without_a_result()
    {
        var chunk = Items("a", "b");
        var response = new BatchResponse<string>([Result("A", traceId: "0")], [new BatchItemError("VALIDATION_ERROR", null, "something", NoContext)]);
        var outcomes = new BatchItemResult<string, string>?[2];

        BatchOutcomeMatcher.Match(chunk, response, matchByPosition: false, outcomes);

        Assert.Equal("something", outcomes[1]!.Error!.Message);
    }

    private static BatchInputItem<string>[] Items(params string[] inputs) =>
        [.. inputs.Select((input, index) => new BatchInputItem<string>(index, input, index.ToString(System.Globalization.CultureInfo.InvariantCulture), null))];

    private static BatchResultEntry<string> Result(string record, string? traceId = null, string? uniqueValue = null, bool? created = null) =>
        new(record, Id: null, traceId, uniqueValue, created);

    private static Dictionary<string, IReadOnlyList<string>> Context(string key, string value) => new() { [key] = [value] };
}
