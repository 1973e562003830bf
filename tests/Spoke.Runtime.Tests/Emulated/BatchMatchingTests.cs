using System.Globalization;
using Spoke.Associations;
using Spoke.Batch;
using Spoke.Runtime.Tests.Transport.Fakes;
using Xunit.Abstractions;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>
/// Randomized batches over a real socket whose record ids and unique values overlap the input indexes (ids 1…300, unique
/// values "300"…"1", emails like "7"), in shuffled order, with per-input failures (207) mixed in. Every input must get its
/// own record (its returned properties name the input) or its own error; none may get another input's result, a
/// <c>SPOKE_NO_RESULT</c>, or a failure for a write that was applied. The answers arrive as the emulator sends them, and
/// rewritten as a server that echoes no trace id in its results would send them (reversed too, where a key can tell them
/// apart). Each test runs a fixed seed and one random seed, both printed, so a failing run can be replayed.
/// </summary>
public sealed class BatchMatchingTests(ITestOutputHelper output)
{
    private const int FixedSeed = 20_260_411;
    private const int Size = 300;
    private static readonly int RandomSeed = Random.Shared.Next();

    [Theory]
    [InlineData(ResultOrder.TracedAsSent)]
    [InlineData(ResultOrder.UntracedReversed)]
    public Task Updates_of_records_whose_ids_overlap_input_indexes_each_get_their_own_record(ResultOrder order) => ForEachSeed(async (random, describe) =>
    {
        await using var hub = await StartAsync(order);
        var ids = await CreateCompaniesAsync(hub.Client, Size);
        var inputs = Shuffle(random, ids.Select(id => id).Concat(["999999", "0"]))
            .Select((id, index) => (Id: id, Name: Marker(index), Invalid: random.Next(100) < 7))
            .ToList();

        var results = await hub.Client.BatchUpdateAsync(CrmObjectType.Companies, inputs.Select(input =>
            new RecordUpdate<CrmObjectInput>(input.Id, Properties(input.Name, input.Invalid))).ToList());

        var stored = await ReadNamesAsync(hub.Client, CrmObjectType.Companies, ids);
        for (var index = 0; index < inputs.Count; index++)
        {
            var (id, name, invalid) = inputs[index];
            var result = results[index];
            var applied = stored.GetValueOrDefault(id) == name;
            AssertOwnOutcome(describe(index), result, applied, expectFailure: invalid || !stored.ContainsKey(id));
            if (result.Succeeded)
            {
                Assert.True(result.Record!.Id == id && result.Record.Properties["name"] == name, $"{describe(index)}: got record {result.Record.Id} named {result.Record.Properties["name"]}");
            }
        }
    });

    [Theory]
    [InlineData(ResultOrder.TracedAsSent)]
    [InlineData(ResultOrder.UntracedReversed)]
    public Task Upserts_by_a_numeric_unique_property_with_values_300_to_1_each_get_their_own_record(ResultOrder order) => ForEachSeed(async (random, describe) =>
    {
        await using var hub = await StartAsync(order);
        var lineItems = CrmObjectType.Parse("line_items");
        var existing = Enumerable.Range(1, Size / 2).Select(value => value.ToString(CultureInfo.InvariantCulture)).ToList();
        await hub.Client.BatchUpsertAsync(lineItems, "hs_external_id", existing.Select(value => new CrmObjectInput { ["hs_external_id"] = value, ["name"] = "before" }));
        var values = Enumerable.Range(1, Size).Reverse().Select(value => value.ToString(CultureInfo.InvariantCulture));
        var inputs = Shuffle(random, values).Select((value, index) => (Value: value, Name: Marker(index), Invalid: random.Next(100) < 7)).ToList();

        var results = await hub.Client.BatchUpsertAsync(lineItems, "hs_external_id", inputs.Select(input =>
        {
            var properties = Properties(input.Name, input.Invalid);
            properties["hs_external_id"] = input.Value;
            return properties;
        }).ToList());

        var stored = await ReadNamesAsync(hub.Client, lineItems, inputs.Select(input => input.Value).ToList(), "hs_external_id");
        for (var index = 0; index < inputs.Count; index++)
        {
            var (value, name, invalid) = inputs[index];
            var result = results[index];
            AssertOwnOutcome(describe(index), result, applied: stored.GetValueOrDefault(value) == name, expectFailure: invalid);
            if (result.Succeeded)
            {
                Assert.True(result.Record!.Properties["hs_external_id"] == value && result.Record.Properties["name"] == name,
                    $"{describe(index)}: got hs_external_id {result.Record.Properties["hs_external_id"]} named {result.Record.Properties["name"]}");
                var expected = existing.Contains(value) ? UpsertOutcome.Updated : UpsertOutcome.Created;
                Assert.True(result.UpsertOutcome == expected, $"{describe(index)}: {result.UpsertOutcome} instead of {expected}");
            }
        }
    });

    [Theory]
    [InlineData(ResultOrder.TracedAsSent)]
    [InlineData(ResultOrder.UntracedReversed)]
    public Task Upserts_by_email_with_values_like_input_indexes_each_get_their_own_record_or_error(ResultOrder order) => ForEachSeed(async (random, describe) =>
    {
        await using var hub = await StartAsync(order);
        var emails = Enumerable.Range(0, Size).Select(index => random.Next(3) == 0
            ? index.ToString(CultureInfo.InvariantCulture)
            : $"{index}@{(random.Next(2) == 0 ? "EXAMPLE" : "example")}.com").ToList();
        var inputs = Shuffle(random, emails).Select((email, index) => (Email: email, Name: Marker(index), Invalid: random.Next(100) < 7)).ToList();

        var results = await hub.Client.BatchUpsertAsync(CrmObjectType.Contacts, "email", inputs.Select(input =>
        {
            var properties = Properties(input.Name, input.Invalid, "firstname");
            properties["email"] = input.Email;
            return properties;
        }).ToList());

        var stored = await ReadNamesAsync(hub.Client, CrmObjectType.Contacts, inputs.Select(input => input.Email).ToList(), "email", "firstname");
        for (var index = 0; index < inputs.Count; index++)
        {
            var (email, name, invalid) = inputs[index];
            var result = results[index];
            var applied = stored.GetValueOrDefault(email) == name;
            AssertOwnOutcome(describe(index), result, applied, expectFailure: invalid ? true : null);
            if (result.Succeeded)
            {
                Assert.True(string.Equals(result.Record!.Properties["email"], email, StringComparison.OrdinalIgnoreCase) && result.Record.Properties["firstname"] == name,
                    $"{describe(index)}: got {result.Record.Properties["email"]} named {result.Record.Properties["firstname"]}");
            }
        }
    });

    [Theory]
    [InlineData(ResultOrder.TracedAsSent)]
    [InlineData(ResultOrder.UntracedAsSent)]
    public Task Creates_with_partial_failures_each_get_their_own_record(ResultOrder order) => ForEachSeed(async (random, describe) =>
    {
        await using var hub = await StartAsync(order);
        var inputs = Enumerable.Range(0, Size).Select(index => (Name: Marker(index), Invalid: random.Next(100) < 7)).ToList();

        var results = await hub.Client.BatchCreateAsync(CrmObjectType.Companies, inputs.Select(input => Properties(input.Name, input.Invalid)).ToList());

        var created = results.Where(result => result.Succeeded).Select(result => result.Record!.Id).ToList();
        var stored = await ReadNamesAsync(hub.Client, CrmObjectType.Companies, created);
        for (var index = 0; index < inputs.Count; index++)
        {
            var (name, invalid) = inputs[index];
            var result = results[index];
            AssertOwnOutcome(describe(index), result, applied: result.Succeeded && stored.GetValueOrDefault(result.Record!.Id) == name, expectFailure: invalid);
            if (result.Succeeded)
            {
                Assert.True(result.Record!.Properties["name"] == name, $"{describe(index)}: got the record named {result.Record.Properties["name"]}");
            }
        }

        Assert.Equal(inputs.Count(input => !input.Invalid), created.Distinct().Count());
    });

    [Theory]
    [InlineData(ResultOrder.TracedAsSent)]
    [InlineData(ResultOrder.UntracedReversed)]
    public Task Reads_by_ids_that_overlap_input_indexes_with_duplicates_and_unknown_ids_each_get_their_own_record(ResultOrder order) => ForEachSeed(async (random, describe) =>
    {
        await using var hub = await StartAsync(order);
        var ids = await CreateCompaniesAsync(hub.Client, Size);
        var requested = Shuffle(random, ids.Concat(ids.Take(20)).Concat(["0", "999999", "301"])).ToList();

        var results = await hub.Client.BatchReadAsync(CrmObjectType.Companies, requested, ["name"]);

        for (var index = 0; index < requested.Count; index++)
        {
            var result = results[index];
            var known = ids.Contains(requested[index]);
            Assert.True(result.Succeeded == known, $"{describe(index)}: id {requested[index]} succeeded {result.Succeeded}: {result.Error}");
            Assert.NotEqual(BatchItemError.NoResult, result.Error?.Category);
            if (known)
            {
                Assert.True(result.Record!.Id == requested[index] && result.Record.Properties["name"] == $"seed-{requested[index]}",
                    $"{describe(index)}: id {requested[index]} got record {result.Record.Id}");
            }
        }
    });

    [Theory]
    [InlineData(ResultOrder.TracedAsSent)]
    [InlineData(ResultOrder.UntracedReversed)]
    public Task Reads_by_a_numeric_unique_property_each_get_their_own_record(ResultOrder order) => ForEachSeed(async (random, describe) =>
    {
        await using var hub = await StartAsync(order);
        var lineItems = CrmObjectType.Parse("line_items");
        var values = Enumerable.Range(1, Size).Select(value => value.ToString(CultureInfo.InvariantCulture)).ToList();
        await hub.Client.BatchUpsertAsync(lineItems, "hs_external_id", values.Select(value => new CrmObjectInput { ["hs_external_id"] = value, ["name"] = $"item-{value}" }));
        var requested = Shuffle(random, values.Concat(["0", "301", "100000"])).ToList();

        var results = await hub.Client.BatchReadAsync(lineItems, requested, ["name"], idProperty: "hs_external_id");

        for (var index = 0; index < requested.Count; index++)
        {
            var result = results[index];
            var known = values.Contains(requested[index]);
            Assert.True(result.Succeeded == known, $"{describe(index)}: value {requested[index]} succeeded {result.Succeeded}: {result.Error}");
            if (known)
            {
                Assert.True(result.Record!.Properties["name"] == $"item-{requested[index]}", $"{describe(index)}: value {requested[index]} got {result.Record.Properties["name"]}");
            }
        }
    });

    [Fact]
    public Task Association_links_between_small_ids_with_duplicates_each_get_their_own_pair() => ForEachSeed(async (random, describe) =>
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var companies = await CreateCompaniesAsync(hub.Client, 30);
        var contacts = (await hub.Client.BatchCreateAsync(CrmObjectType.Contacts, Enumerable.Range(0, 30).Select(index => new CrmObjectInput { ["email"] = $"c{index}@example.com" })))
            .Select(result => result.Record!.Id).ToList();
        var pairs = Enumerable.Range(0, 150)
            .Select(_ => new AssociationPair(contacts[random.Next(contacts.Count)], companies[random.Next(companies.Count)]))
            .Append(new AssociationPair("999999", companies[0]))
            .ToList();

        var results = await hub.Client.Associations.BatchCreateDefaultAsync(CrmObjectType.Contacts, CrmObjectType.Companies, pairs);

        for (var index = 0; index < pairs.Count; index++)
        {
            var result = results[index];
            Assert.NotEqual(BatchItemError.NoResult, result.Error?.Category);
            Assert.True(result.Succeeded == (pairs[index].FromId != "999999"), $"{describe(index)}: {pairs[index]} succeeded {result.Succeeded}: {result.Error}");
            if (result.Succeeded)
            {
                Assert.Equal(pairs[index], result.Record);
            }
        }
    });

    /// <summary>How the batch answers reach the client: as the emulator sends them, or rewritten without trace ids in the results.</summary>
    public enum ResultOrder
    {
        TracedAsSent,
        UntracedAsSent,
        UntracedReversed,
    }

    private static Task<EmulatedHub> StartAsync(ResultOrder order) => EmulatedHub.StartAsync(
        overSocket: true,
        wrapSocketHandler: order == ResultOrder.TracedAsSent ? null : inner => new UntracedBatchResultsHandler(inner, reverse: order == ResultOrder.UntracedReversed));

    private static void AssertOwnOutcome<TInput>(string where, BatchItemResult<TInput, CrmObject> result, bool applied, bool? expectFailure)
    {
        Assert.True(result.Error?.Category != BatchItemError.NoResult, $"{where}: {result.Error}");
        Assert.True(result.Succeeded == applied, $"{where}: reported {(result.Succeeded ? "success" : $"failure ({result.Error})")} but the write was {(applied ? "" : "not ")}applied");
        if (expectFailure is { } failure)
        {
            Assert.True(result.Succeeded != failure, $"{where}: expected {(failure ? "a failure" : "success")}, got {result.Error?.ToString() ?? "success"}");
        }
    }

    private async Task ForEachSeed(Func<Random, Func<int, string>, Task> run)
    {
        foreach (var seed in new[] { FixedSeed, RandomSeed })
        {
            output.WriteLine($"seed {seed}");
            await run(new Random(seed), index => $"seed {seed}, input {index}");
        }
    }

    private static List<T> Shuffle<T>(Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }

    private static string Marker(int index) => $"input-{index}";

    private static CrmObjectInput Properties(string name, bool invalid, string nameProperty = "name")
    {
        var input = new CrmObjectInput { [nameProperty] = name };
        if (invalid)
        {
            input["no_such_property"] = "x";
        }

        return input;
    }

    private static async Task<List<string>> CreateCompaniesAsync(HubSpotClient client, int count)
    {
        var names = Enumerable.Range(1, count).ToList();
        var created = await client.BatchCreateAsync(CrmObjectType.Companies, names.Select(_ => new CrmObjectInput { ["name"] = "pending" }));
        var ids = created.Select(result => result.Record!.Id).ToList();
        await client.BatchUpdateAsync(CrmObjectType.Companies, ids.Select(id => new RecordUpdate<CrmObjectInput>(id, new CrmObjectInput { ["name"] = $"seed-{id}" })));
        return ids;
    }

    /// <summary>What the account now holds, read without batch matching: the name of every record, keyed by record id or by <paramref name="keyProperty"/>.</summary>
    private static async Task<Dictionary<string, string?>> ReadNamesAsync(
        HubSpotClient client, CrmObjectType type, IReadOnlyList<string> keys, string? keyProperty = null, string nameProperty = "name")
    {
        var wanted = keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var records = await RecordLister.ListAsync(client, type.Name, keyProperty is null ? [nameProperty] : [nameProperty, keyProperty]);
        return records
            .Where(record => record[keyProperty ?? "id"] is { } key && wanted.Contains(key))
            .ToDictionary(record => record[keyProperty ?? "id"]!, record => record[nameProperty], StringComparer.OrdinalIgnoreCase);
    }
}
