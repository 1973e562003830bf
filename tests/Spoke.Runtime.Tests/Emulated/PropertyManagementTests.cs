using System.Net;
using Spoke.Batch;
using Spoke.Runtime.Tests.Transport.Fakes;
using Spoke.Schema;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>Property definitions and property groups managed over a socket against the emulator: writes, refusals, batches and races.</summary>
public sealed class PropertyManagementTests
{
    private static CrmPropertyInput Text(string name, string group = "contactinformation") =>
        new() { Name = name, Label = $"Label of {name}", Type = "string", FieldType = "text", GroupName = group };

    [Fact]
    public async Task Creates_reads_changes_and_archives_a_property_with_quotes_and_unicode_intact()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var schema = hub.Client.Schema;
        const string label = "Taille \"pointure\" — 靴のサイズ 👟";

        var created = await schema.CreatePropertyAsync(CrmObjectType.Contacts, new CrmPropertyInput
        {
            Name = "shoe_size",
            Label = label,
            Type = "enumeration",
            FieldType = "select",
            GroupName = "contactinformation",
            Description = "Ünïcödé \\ \"quoted\"",
            Options = [new("small", "Petit \"S\"", null, 0, false), new("large", "大", "Big one", 1, false)],
        });
        var read = await schema.GetPropertyAsync(CrmObjectType.Contacts, "shoe_size");
        var updated = await schema.UpdatePropertyAsync(CrmObjectType.Contacts, "shoe_size", new CrmPropertyUpdate
        {
            Label = "Shoe size",
            Options = [new("s", "S", null, 0, false), new("m", "M", null, 1, false), new("l", "L", null, 2, false)],
        });
        await hub.Client.CreateAsync(CrmObjectType.Contacts, new CrmObjectInput { ["email"] = "feet@example.com", ["shoe_size"] = "m" });
        await schema.ArchivePropertyAsync(CrmObjectType.Contacts, "shoe_size");

        Assert.Equal((label, "enumeration", "select"), (created.Label, created.Type, created.FieldType));
        Assert.Equal("Ünïcödé \\ \"quoted\"", read.Description);
        Assert.Equal(["Petit \"S\"", "大"], read.Options.Select(option => option.Label));
        Assert.False(read.HubSpotDefined);
        Assert.Equal("Shoe size", updated.Label);
        Assert.Equal(["s", "m", "l"], updated.Options.Select(option => option.Value));
        var gone = await Assert.ThrowsAsync<HubSpotException>(() => schema.GetPropertyAsync(CrmObjectType.Contacts, "shoe_size"));
        Assert.Equal(404, gone.Status);
        Assert.Null((await schema.GetSchemaAsync(CrmObjectType.Contacts)).Find("shoe_size"));
    }

    public static TheoryData<CrmPropertyInput, string> RefusedProperties => new()
    {
        { Text("Shoe Size"), "not a valid property name" },
        { Text("1st_size"), "starting with a letter" },
        { Text("größe"), "lower-case letters a-z" },
        { Text("shoe-size"), "underscores" },
        { Text("ok_name") with { Label = "  " }, "non-empty label" },
        { Text("ok_name") with { Type = "bool", FieldType = "text" }, "for 'bool' use one of: booleancheckbox" },
        { Text("ok_name") with { Type = "date", FieldType = "number" }, "for 'date' use one of: date" },
        { Text("ok_name") with { Type = "object_coordinates" }, "is not a property type HubSpot creates" },
        { Text("ok_name") with { Type = "enumeration", FieldType = "select" }, "needs at least one option" },
        { Text("ok_name") with { Type = "enumeration", FieldType = "radio", Options = [new("a", "A", null, 0, false), new("a", "Again", null, 1, false)] }, "Two options have the value 'a'" },
        { Text("ok_name") with { Type = "enumeration", FieldType = "checkbox", Options = [new("", "Empty", null, 0, false)] }, "non-empty value and label" },
        { Text("ok_name") with { GroupName = ".." }, "not a property group name" },
    };

    [Theory]
    [MemberData(nameof(RefusedProperties))]
    public async Task A_property_HubSpot_would_refuse_is_an_argument_exception_before_anything_is_sent(CrmPropertyInput property, string expected)
    {
        CountingHandler? counter = null;
        await using var hub = await EmulatedHub.StartAsync(overSocket: true, wrapSocketHandler: inner => counter = new CountingHandler(inner));

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => hub.Client.Schema.CreatePropertyAsync(CrmObjectType.Contacts, property));
        var batch = await hub.Client.Schema.BatchCreatePropertiesAsync(CrmObjectType.Contacts, [property]);

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        var failure = Assert.Single(batch.Failures);
        Assert.Equal(BatchItemError.RejectedBeforeSending, failure.Error!.Category);
        Assert.Contains(expected, failure.Error.Message, StringComparison.Ordinal);
        Assert.Empty(counter!.Statuses);
    }

    [Fact]
    public async Task Changes_HubSpot_would_refuse_are_argument_exceptions_and_names_that_are_not_paths_are_refused()
    {
        CountingHandler? counter = null;
        await using var hub = await EmulatedHub.StartAsync(overSocket: true, wrapSocketHandler: inner => counter = new CountingHandler(inner));
        var schema = hub.Client.Schema;

        Assert.Contains("Nothing to change", (await Assert.ThrowsAsync<ArgumentException>(() => schema.UpdatePropertyAsync(CrmObjectType.Contacts, "firstname", new CrmPropertyUpdate()))).Message, StringComparison.Ordinal);
        Assert.Contains("together", (await Assert.ThrowsAsync<ArgumentException>(() => schema.UpdatePropertyAsync(CrmObjectType.Contacts, "firstname", new CrmPropertyUpdate { FieldType = "textarea" }))).Message, StringComparison.Ordinal);
        Assert.Contains("needs at least one option", (await Assert.ThrowsAsync<ArgumentException>(() => schema.UpdatePropertyAsync(CrmObjectType.Contacts, "firstname", new CrmPropertyUpdate { Type = "enumeration", FieldType = "select" }))).Message, StringComparison.Ordinal);
        Assert.Contains("'groups'", (await Assert.ThrowsAsync<ArgumentException>(() => schema.GetPropertyAsync(CrmObjectType.Contacts, "groups"))).Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => schema.ArchivePropertyAsync(CrmObjectType.Contacts, ".."));
        await Assert.ThrowsAsync<ArgumentException>(() => schema.UpdateGroupAsync(CrmObjectType.Contacts, "contactinformation"));
        await Assert.ThrowsAsync<ArgumentException>(() => schema.CreateGroupAsync(CrmObjectType.Contacts, new CrmPropertyGroupInput { Name = "Shipping Info", Label = "Shipping" }));
        await Assert.ThrowsAsync<ArgumentException>(() => schema.BatchArchivePropertiesAsync(CrmObjectType.Contacts, ["ok", " "]));
        Assert.Empty(counter!.Statuses);
    }

    [Fact]
    public async Task A_batch_of_150_properties_is_split_into_requests_of_100_and_read_and_archived_back()
    {
        CountingHandler? counter = null;
        await using var hub = await EmulatedHub.StartAsync(overSocket: true, wrapSocketHandler: inner => counter = new CountingHandler(inner));
        var schema = hub.Client.Schema;
        var names = Enumerable.Range(0, 150).Select(i => $"bulk_{i:D3}").ToList();

        var created = await schema.BatchCreatePropertiesAsync(CrmObjectType.Contacts, names.Select(name => Text(name)));
        var read = await schema.BatchReadPropertiesAsync(CrmObjectType.Contacts, [.. names, "no_such_property", "email"]);
        await schema.BatchArchivePropertiesAsync(CrmObjectType.Contacts, [.. names, "no_such_property"]);
        var afterArchive = await schema.BatchReadPropertiesAsync(CrmObjectType.Contacts, names.Take(3));

        Assert.True(created.AllSucceeded, string.Join("; ", created.Failures.Select(failure => failure.Error!.Message)));
        Assert.Equal(names, created.Select(item => item.Record!.Name));
        Assert.Equal(2, counter!.Bodies.Count(body => body.Contains("\"fieldType\"", StringComparison.Ordinal)));
        Assert.Equal([.. names, "email"], read.Records.Select(property => property.Name));
        var unknown = Assert.Single(read.Failures);
        Assert.Equal(("no_such_property", 150), (unknown.Input, unknown.Index));
        Assert.Contains("no_such_property", unknown.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(3, afterArchive.Failures.Count());
    }

    [Fact]
    public async Task In_a_batch_a_repeated_or_invalid_input_fails_alone_and_the_others_are_created()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);

        var result = await hub.Client.Schema.BatchCreatePropertiesAsync(CrmObjectType.Contacts,
            [Text("first_one"), Text("first_one") with { Label = "Again" }, Text("Bad Name"), Text("second_one")]);

        Assert.Equal([true, false, false, true], result.Select(item => item.Succeeded));
        Assert.Contains("Input 0 of this batch already creates a property named 'first_one'", result[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("Label of first_one", (await hub.Client.Schema.GetPropertyAsync(CrmObjectType.Contacts, "first_one")).Label);
    }

    [Fact]
    public async Task A_name_taken_by_a_live_or_archived_property_is_a_409_and_nothing_changes()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var schema = hub.Client.Schema;
        await schema.CreatePropertyAsync(CrmObjectType.Contacts, Text("retired"));
        await schema.ArchivePropertyAsync(CrmObjectType.Contacts, "retired");

        var live = await Assert.ThrowsAsync<HubSpotException>(() => schema.CreatePropertyAsync(CrmObjectType.Contacts, Text("email")));
        var archived = await Assert.ThrowsAsync<HubSpotException>(() => schema.CreatePropertyAsync(CrmObjectType.Contacts, Text("retired")));

        Assert.Equal((409, "CONFLICT"), (live.Status, live.Category));
        Assert.Equal(409, archived.Status);
        Assert.Equal("string", (await schema.GetPropertyAsync(CrmObjectType.Contacts, "email")).Type);
    }

    [Fact]
    public async Task Archiving_a_missing_property_alone_is_HubSpots_404_and_in_a_batch_no_error()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);

        var missing = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Schema.ArchivePropertyAsync(CrmObjectType.Contacts, "never_was"));
        await hub.Client.Schema.BatchArchivePropertiesAsync(CrmObjectType.Contacts, ["never_was"]);

        Assert.Equal((404, "OBJECT_NOT_FOUND"), (missing.Status, missing.Category));
        Assert.Contains("never_was", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_creates_of_one_name_create_it_once_and_the_others_are_409()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                return (Property: await hub.Client.Schema.CreatePropertyAsync(CrmObjectType.Contacts, Text("raced") with { Label = $"Racer {i}" }), Status: 201);
            }
            catch (HubSpotException exception)
            {
                return (Property: (CrmProperty?)null, Status: exception.Status);
            }
        }));

        var winner = Assert.Single(attempts, attempt => attempt.Status == 201);
        Assert.All(attempts.Where(attempt => attempt.Status != 201), attempt => Assert.Equal(409, attempt.Status));
        Assert.Equal(winner.Property!.Label, (await hub.Client.Schema.GetPropertyAsync(CrmObjectType.Contacts, "raced")).Label);
    }

    [Fact]
    public async Task Groups_are_created_listed_changed_and_archived_once_no_property_is_in_them()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var schema = hub.Client.Schema;

        var created = await schema.CreateGroupAsync(CrmObjectType.Deals, new CrmPropertyGroupInput { Name = "shipping", Label = "Livraison « rapide » 🚚", DisplayOrder = 7 });
        var listed = await schema.ListGroupsAsync(CrmObjectType.Deals);
        var changed = await schema.UpdateGroupAsync(CrmObjectType.Deals, "shipping", label: "Shipping \"fast\"", displayOrder: 1);
        await schema.CreatePropertyAsync(CrmObjectType.Deals, Text("carrier", group: "shipping"));
        var inUse = await Assert.ThrowsAsync<HubSpotException>(() => schema.ArchiveGroupAsync(CrmObjectType.Deals, "shipping"));
        var duplicate = await Assert.ThrowsAsync<HubSpotException>(() => schema.CreateGroupAsync(CrmObjectType.Deals, new CrmPropertyGroupInput { Name = "shipping", Label = "Again" }));
        var unknownGroup = await Assert.ThrowsAsync<HubSpotException>(() => schema.CreatePropertyAsync(CrmObjectType.Deals, Text("lost", group: "no_such_group")));
        await schema.ArchivePropertyAsync(CrmObjectType.Deals, "carrier");
        await schema.ArchiveGroupAsync(CrmObjectType.Deals, "shipping");

        Assert.Equal(("shipping", "Livraison « rapide » 🚚", 7, false), (created.Name, created.Label, created.DisplayOrder, created.Archived));
        Assert.Contains(listed, group => group.Name == "shipping");
        Assert.Contains(listed, group => group.Name == "dealinformation");
        Assert.Equal(("Shipping \"fast\"", 1), (changed.Label, changed.DisplayOrder));
        Assert.Equal((400, "VALIDATION_ERROR"), (inUse.Status, inUse.Category));
        Assert.Equal(409, duplicate.Status);
        Assert.Equal(400, unknownGroup.Status);
        Assert.Equal(404, (await Assert.ThrowsAsync<HubSpotException>(() => schema.GetGroupAsync(CrmObjectType.Deals, "shipping"))).Status);
        Assert.DoesNotContain(await schema.ListGroupsAsync(CrmObjectType.Deals), group => group.Name == "shipping");
    }

    [Fact]
    public async Task A_cancelled_call_sends_nothing_and_throws_operation_canceled()
    {
        CountingHandler? counter = null;
        await using var hub = await EmulatedHub.StartAsync(overSocket: true, wrapSocketHandler: inner => counter = new CountingHandler(inner));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hub.Client.Schema.CreatePropertyAsync(CrmObjectType.Contacts, Text("never_sent"), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hub.Client.Schema.BatchCreatePropertiesAsync(CrmObjectType.Contacts, [Text("never_sent")], cancellationToken: cancelled.Token));

        Assert.Empty(counter!.Statuses);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(hub, "never_sent"));
    }

    private static async Task<HttpStatusCode> StatusOfAsync(EmulatedHub hub, string name)
    {
        try
        {
            await hub.Client.Schema.GetPropertyAsync(CrmObjectType.Contacts, name);
            return HttpStatusCode.OK;
        }
        catch (HubSpotException exception)
        {
            return (HttpStatusCode)exception.Status;
        }
    }
}
