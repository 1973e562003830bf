using Spoke.Batch;

namespace Spoke.Runtime.Tests.Batch;

public sealed class BatchOutcomeMatcherTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoContext = new Dictionary<string, IReadOnlyList<string>>();

    [Fact]
    public void Results_and_errors_are_mapped_back_by_trace_id_whatever_their_order()
    {
        var chunk = Updates("2", "0", "1");
        var response = new BatchResponse<string>(
            [Result("C", id: "1", traceId: Trace(2)), Result("A", id: "2", traceId: Trace(0))],
            [new BatchItemError("VALIDATION_ERROR", null, "bad b", Context("objectWriteTraceId", Trace(1)))]);
        var outcomes = Match(chunk, response, BatchMatching<string, string>.Distinct);

        Assert.Equal("A", outcomes[0].Record);
        Assert.Equal("bad b", outcomes[1].Error!.Message);
        Assert.Equal("C", outcomes[2].Record);
    }

    [Fact]
    public void Record_ids_equal_to_input_indexes_are_never_read_as_trace_ids()
    {
        // Input 0 updates record 1 and input 1 updates record 0; HubSpot echoes no trace id.
        var chunk = Updates("1", "0");
        var response = new BatchResponse<string>([Result("record 0", id: "0"), Result("record 1", id: "1")], []);
        var outcomes = Match(chunk, response, BatchMatching<string, string>.Distinct);

        Assert.Equal(["record 1", "record 0"], outcomes.Select(outcome => outcome.Record));
    }

    [Fact]
    public void A_trace_id_in_a_result_is_only_compared_with_trace_ids()
    {
        // The result names input 1 by trace id and carries record id "2", which input 0 updates.
        var chunk = Updates("2", "5");
        var response = new BatchResponse<string>([Result("five", id: "2", traceId: Trace(1))], []);
        var outcomes = Match(chunk, response, BatchMatching<string, string>.Distinct);

        Assert.Equal("five", outcomes[1].Record);
        Assert.Equal(BatchItemError.NoResult, outcomes[0].Error!.Category);
    }

    [Fact]
    public void Without_trace_ids_upsert_results_are_matched_by_unique_value_exactly_then_ignoring_case()
    {
        BatchInputItem<string>[] chunk = [new(0, "x", Trace(0), UniqueValue: "Ann@Example.com"), new(1, "y", Trace(1), UniqueValue: "7")];
        var response = new BatchResponse<string>([Result("B", id: "0", uniqueValue: "7", isNew: true), Result("A", id: "1", uniqueValue: "ann@example.com", isNew: false)], []);
        var outcomes = Match(chunk, response, BatchMatching<string, string>.Distinct);

        Assert.Equal(("A", (UpsertOutcome?)UpsertOutcome.Updated), (outcomes[0].Record, outcomes[0].UpsertOutcome));
        Assert.Equal(("B", (UpsertOutcome?)UpsertOutcome.Created), (outcomes[1].Record, outcomes[1].UpsertOutcome));
    }

    [Fact]
    public void Two_writes_with_one_key_and_no_trace_id_to_tell_them_apart_get_no_guessed_result()
    {
        BatchInputItem<string>[] chunk = [new(0, "x", Trace(0), UniqueValue: "a@example.com"), new(1, "y", Trace(1), UniqueValue: "A@example.com")];
        var response = new BatchResponse<string>([Result("A", id: "9", uniqueValue: "a@example.com")], []);
        var outcomes = Match(chunk, response, BatchMatching<string, string>.Distinct);

        Assert.Equal("A", outcomes[0].Record);
        Assert.Equal(BatchItemError.NoResult, outcomes[1].Error!.Category);
    }

    [Fact]
    public void Reads_of_one_id_twice_both_get_the_record_and_errors_by_id_reach_every_input_naming_it()
    {
        BatchInputItem<string>[] chunk = [new(0, "5", null, RecordId: "5"), new(1, "9", null, RecordId: "9"), new(2, "5", null, RecordId: "5"), new(3, "9", null, RecordId: "9")];
        var response = new BatchResponse<string>([Result("five", id: "5")], [new BatchItemError("OBJECT_NOT_FOUND", null, "missing", Context("ids", "9"))]);
        var outcomes = Match(chunk, response, BatchMatching<string, string>.Shared);

        Assert.Equal(["five", null, "five", null], outcomes.Select(outcome => outcome.Record));
        Assert.Equal(["OBJECT_NOT_FOUND", "OBJECT_NOT_FOUND"], new[] { outcomes[1], outcomes[3] }.Select(outcome => outcome.Error!.Category));
    }

    [Fact]
    public void An_error_naming_one_record_of_an_association_pair_reaches_that_pair()
    {
        BatchInputItem<string>[] chunk = [new(0, "1-2", null, RecordId: "1-2", ErrorIds: ["1", "2"]), new(1, "7-2", null, RecordId: "7-2", ErrorIds: ["7", "2"]), new(2, "3-4", null, RecordId: "3-4", ErrorIds: ["3", "4"])];
        var response = new BatchResponse<string>([Result("pair 1", id: "1-2"), Result("pair 3", id: "3-4")], [new BatchItemError("OBJECT_NOT_FOUND", null, "no 7", Context("id", "7"))]);
        var outcomes = Match(chunk, response, BatchMatching<string, string>.Shared);

        Assert.Equal(["pair 1", null, "pair 3"], outcomes.Select(outcome => outcome.Record));
        Assert.Equal("no 7", outcomes[1].Error!.Message);
    }

    [Fact]
    public void Creates_without_echoed_trace_ids_are_paired_by_position_when_every_pair_agrees()
    {
        var chunk = Creates("a", "b", "c");
        var response = new BatchResponse<string>([Result("a"), Result("c")], [new BatchItemError("VALIDATION_ERROR", null, "bad b", Context("objectWriteTraceId", Trace(1)))]);
        var outcomes = Match(chunk, response, Positional);

        Assert.Equal(["a", null, "c"], outcomes.Select(outcome => outcome.Record));
        Assert.Equal("bad b", outcomes[1].Error!.Message);
    }

    [Fact]
    public void Creates_whose_results_contradict_their_positions_are_attributed_to_no_input()
    {
        var chunk = Creates("a", "b");
        var response = new BatchResponse<string>([Result("b"), Result("a")], []);
        var outcomes = Match(chunk, response, Positional);

        Assert.All(outcomes, outcome => Assert.Equal(BatchItemError.NoResult, outcome.Error!.Category));
        Assert.All(outcomes, outcome => Assert.Contains("2 results that could not be told apart", outcome.Error!.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Creates_are_not_paired_by_position_when_the_counts_differ_or_HubSpot_echoes_trace_ids()
    {
        var fewer = Match(Creates("a", "b"), new BatchResponse<string>([Result("a")], []), Positional);
        var traced = Match(Creates("a", "b"), new BatchResponse<string>([Result("a", traceId: Trace(0)), Result("b", traceId: "someone-else")], []), Positional);

        Assert.All(fewer, outcome => Assert.Equal(BatchItemError.NoResult, outcome.Error!.Category));
        Assert.Equal("a", traced[0].Record);
        Assert.Equal(BatchItemError.NoResult, traced[1].Error!.Category);
    }

    [Fact]
    public void An_error_not_tied_to_an_input_goes_to_the_only_input_left_and_to_no_guessed_input_otherwise()
    {
        var error = new BatchItemError("VALIDATION_ERROR", null, "something", NoContext);
        var one = Match(Updates("1", "2"), new BatchResponse<string>([Result("A", id: "1")], [error]), BatchMatching<string, string>.Distinct);
        var two = Match(Updates("1", "2", "3"), new BatchResponse<string>([Result("A", id: "1")], [error]), BatchMatching<string, string>.Distinct);

        Assert.Equal("something", one[1].Error!.Message);
        Assert.All(two.Skip(1), outcome => Assert.Equal(BatchItemError.NoResult, outcome.Error!.Category));
        Assert.All(two.Skip(1), outcome => Assert.Contains("something", outcome.Error!.Message, StringComparison.Ordinal));
    }

    private static readonly BatchMatching<string, string> Positional = new() { PositionalCheck = (input, record) => input == record };

    private static BatchItemResult<string, string>[] Match(BatchInputItem<string>[] chunk, BatchResponse<string> response, BatchMatching<string, string> matching)
    {
        var outcomes = new BatchItemResult<string, string>?[chunk.Length];
        BatchOutcomeMatcher.Match(chunk, response, matching, outcomes);
        return [.. outcomes.Select(outcome => outcome!)];
    }

    private static string Trace(int index) => $"spoke-0a1b2c3d-{index}";

    private static BatchInputItem<string>[] Updates(params string[] ids) =>
        [.. ids.Select((id, index) => new BatchInputItem<string>(index, id, Trace(index), RecordId: id))];

    private static BatchInputItem<string>[] Creates(params string[] inputs) =>
        [.. inputs.Select((input, index) => new BatchInputItem<string>(index, input, Trace(index)))];

    private static BatchResultEntry<string> Result(string record, string? id = null, string? traceId = null, string? uniqueValue = null, bool? isNew = null) =>
        new(record, id, traceId, uniqueValue, isNew);

    private static Dictionary<string, IReadOnlyList<string>> Context(string key, string value) => new() { [key] = [value] };
}
