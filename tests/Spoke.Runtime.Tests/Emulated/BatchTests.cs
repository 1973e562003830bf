using System.Collections.Concurrent;
using Spoke.Batch;

namespace Spoke.Runtime.Tests.Emulated;

public sealed class BatchTests
{
    private static readonly CrmObjectType Contacts = CrmObjectType.Contacts;

    [Fact]
    public async Task Upsert_of_any_size_is_chunked_by_100_mapped_back_with_the_created_flag_and_reports_progress()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var inputs = Enumerable.Range(0, 250).Select(i => Contact($"bulk{i}@example.com", $"First{i}")).ToList();
        var progress = new ConcurrentQueue<BatchProgress>();

        var first = await hub.Client.BatchUpsertAsync(Contacts, "email", inputs, new BatchOptions { Progress = new SynchronousProgress(progress.Enqueue) });
        var second = await hub.Client.BatchUpsertAsync(Contacts, "email", inputs.Take(10));

        Assert.True(first.AllSucceeded);
        Assert.Equal(250, first.Count);
        Assert.All(first, item => Assert.Equal((item.Input["email"], UpsertOutcome.Created), (item.Record!.Properties["email"], item.UpsertOutcome)));
        Assert.All(second, item => Assert.Equal(UpsertOutcome.Updated, item.UpsertOutcome));
        Assert.Equal(first.Take(10).Select(item => item.Record!.Id), second.Select(item => item.Record!.Id));
        Assert.Equal(3, progress.Count);
        Assert.Equal(new BatchProgress(250, 250, 0), progress.MaxBy(report => report.Processed));
    }

    [Fact]
    public async Task Create_reports_per_input_failures_and_keeps_every_valid_input()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var inputs = Enumerable.Range(0, 150).Select(i => Contact($"partial{i}@example.com", "Valid")).ToList();
        inputs[7]["no_such_property"] = "x";
        inputs[120]["no_such_property"] = "y";

        var results = await hub.Client.BatchCreateAsync(Contacts, inputs);

        Assert.Equal([7, 120], results.Failures.Select(failure => failure.Index));
        Assert.All(results.Failures, failure => Assert.Equal("VALIDATION_ERROR", failure.Error!.Category));
        Assert.All(results.Where(item => item.Succeeded), item => Assert.Equal(item.Input["email"], item.Record!.Properties["email"]));
        Assert.Equal(148, results.Records.Count());
    }

    [Fact]
    public async Task Read_reports_unknown_ids_as_failures_and_returns_the_rest_in_input_order()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var created = await hub.Client.BatchCreateAsync(Contacts, Enumerable.Range(0, 3).Select(i => Contact($"read{i}@example.com", "R")));
        string[] ids = [created[2].Record!.Id, "999999999", created[0].Record!.Id];

        var results = await hub.Client.BatchReadAsync(Contacts, ids, ["email"]);

        Assert.Equal(["read2@example.com", null, "read0@example.com"], results.Select(item => item.Record?.Properties["email"]));
        Assert.False(results[1].Succeeded);
    }

    [Fact]
    public async Task Read_by_unique_property_maps_results_back_by_value()
    {
        await using var hub = await EmulatedHub.StartAsync();
        await hub.Client.BatchCreateAsync(Contacts, [Contact("one@example.com", "One"), Contact("two@example.com", "Two")]);

        var results = await hub.Client.BatchReadAsync(Contacts, ["two@example.com", "one@example.com"], ["firstname"], idProperty: "email");

        Assert.Equal(["Two", "One"], results.Select(item => item.Record!.Properties["firstname"]));
    }

    [Fact]
    public async Task Update_sets_and_clears_only_what_was_given()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var created = await hub.Client.CreateAsync(Contacts, new CrmObjectInput { ["email"] = "upd@example.com", ["firstname"] = "Old", ["city"] = "Oslo" });

        var results = await hub.Client.BatchUpdateAsync(Contacts, [new RecordUpdate<CrmObjectInput>(created.Id, new CrmObjectInput { ["firstname"] = "New", ["city"] = null })]);
        var read = await hub.Client.GetAsync(Contacts, created.Id, ["email", "firstname", "city"]);

        Assert.True(results.AllSucceeded);
        Assert.Equal(("upd@example.com", "New"), (read.Properties["email"], read.Properties["firstname"]));
        Assert.True(string.IsNullOrEmpty(read.Properties.GetValueOrDefault("city")));
    }

    [Fact]
    public async Task An_upsert_input_without_its_unique_value_is_rejected_before_sending()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var results = await hub.Client.BatchUpsertAsync(Contacts, "email", [new CrmObjectInput { ["firstname"] = "Nameless" }, Contact("named@example.com", "Named")]);

        Assert.Equal(BatchItemError.RejectedBeforeSending, results[0].Error!.Category);
        Assert.True(results[1].Succeeded);
    }

    [Fact]
    public async Task Archive_removes_many_records()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var created = await hub.Client.BatchCreateAsync(Contacts, Enumerable.Range(0, 120).Select(i => Contact($"arch{i}@example.com", "A")));

        await hub.Client.BatchArchiveAsync(Contacts, created.Records.Select(record => record.Id));
        var reread = await hub.Client.BatchReadAsync(Contacts, created.Records.Select(record => record.Id), ["email"]);

        Assert.Empty(reread.Records);
    }

    private static CrmObjectInput Contact(string email, string firstName) => new() { ["email"] = email, ["firstname"] = firstName };

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the test sees every report before it asserts.</summary>
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
