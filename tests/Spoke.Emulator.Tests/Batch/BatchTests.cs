using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Batch;

[Collection(SharedEmulatorCollection.Name)]
public sealed class BatchTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    [Fact]
    public async Task Batch_create_returns_201_COMPLETE_with_results_and_timestamps()
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/create",
            $$$"""{"inputs":[{"properties":{"email":"{{{Unique.Email()}}}"}},{"properties":{"email":"{{{Unique.Email()}}}"},"associations":[]}]}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("COMPLETE", response["status"].GetString());
        Assert.Equal(2, response["results"].GetArrayLength());
        Assert.NotNull(response["startedAt"].GetString());
        Assert.NotNull(response["completedAt"].GetString());
    }

    [Fact]
    public async Task Without_trace_ids_one_invalid_input_fails_the_whole_batch_and_nothing_is_created()
    {
        var good = Unique.Email();
        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/create",
            $$$"""{"inputs":[{"properties":{"email":"{{{good}}}"}},{"properties":{"missing":"x"}}]}""");
        var lookup = await Http.GetAsync($"/crm/v3/objects/contacts/{good}?idProperty=email");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response["category"].GetString());
        Assert.Equal(HttpStatusCode.NotFound, lookup.Status);
    }

    [Fact]
    public async Task With_a_trace_id_on_every_input_the_valid_ones_apply_and_207_lists_the_rest()
    {
        var response = await Http.PostAsync("/crm/v3/objects/tickets/batch/create",
            """{"inputs":[{"properties":{"subject":"ok","hs_pipeline":"0","hs_pipeline_stage":"1"},"objectWriteTraceId":"a1"},{"properties":{"missing":"x"},"objectWriteTraceId":"549b1c2a9351"}]}""");

        Assert.Equal(HttpStatusCode.MultiStatus, response.Status);
        Assert.Equal(1, response["results"].GetArrayLength());
        Assert.Equal("a1", response["results"][0].GetProperty("objectWriteTraceId").GetString());
        Assert.Equal(1, response["numErrors"].GetInt32());
        var error = response["errors"][0];
        Assert.Equal("VALIDATION_ERROR", error.GetProperty("category").GetString());
        Assert.Equal("549b1c2a9351", error.GetProperty("context").GetProperty("objectWriteTraceId")[0].GetString());
    }

    [Fact]
    public async Task Duplicate_email_in_batch_create_is_409_naming_the_existing_contact()
    {
        var email = Unique.Email();
        var id = await Http.CreateContactAsync(email);

        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/create", $$$"""{"inputs":[{"properties":{"email":"{{{email}}}"}}]}""");

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.Equal($"Contact already exists. Existing ID: {id}", response["message"].GetString());
    }

    [Fact]
    public async Task More_than_100_inputs_is_400()
    {
        var inputs = string.Join(",", Enumerable.Range(0, 101).Select(_ => """{"properties":{}}"""));

        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/create", $$$"""{"inputs":[{{{inputs}}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("100", response["message"].GetString());
    }

    [Fact]
    public async Task Batch_read_returns_found_records_and_207_for_missing_ids()
    {
        var id = await Http.CreateContactAsync(Unique.Email());

        var all = await Http.PostAsync("/crm/v3/objects/contacts/batch/read", $$$"""{"inputs":[{"id":"{{{id}}}"}],"properties":["email","firstname"]}""");
        var some = await Http.PostAsync("/crm/v3/objects/contacts/batch/read", $$$"""{"inputs":[{"id":"{{{id}}}"},{"id":"987654321"}],"properties":["email"]}""");

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal("Test", all["results"][0].GetProperty("properties").GetProperty("firstname").GetString());
        Assert.Equal(HttpStatusCode.MultiStatus, some.Status);
        Assert.Equal("987654321", some["errors"][0].GetProperty("context").GetProperty("ids")[0].GetString());
    }

    [Fact]
    public async Task Batch_read_by_unique_property()
    {
        var email = Unique.Email();
        var id = await Http.CreateContactAsync(email);

        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/read", $$$"""{"idProperty":"email","inputs":[{"id":"{{{email}}}"}],"properties":["email"]}""");

        Assert.Equal(id, response["results"][0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Batch_update_changes_each_record_and_refuses_duplicate_ids()
    {
        var first = await Http.CreateContactAsync(Unique.Email());
        var second = await Http.CreateContactAsync(Unique.Email());

        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/update",
            $$$"""{"inputs":[{"id":"{{{first}}}","properties":{"jobtitle":"A"}},{"id":"{{{second}}}","properties":{"jobtitle":"B"}}]}""");
        var duplicate = await Http.PostAsync("/crm/v3/objects/contacts/batch/update",
            $$$"""{"inputs":[{"id":"{{{first}}}","properties":{"jobtitle":"C"}},{"id":"{{{first}}}","properties":{"jobtitle":"D"}}]}""");
        var check = await Http.GetAsync($"/crm/v3/objects/contacts/{first}?properties=jobtitle");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, response["results"].GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.Equal("A", check.Property("jobtitle"));
    }

    [Fact]
    public async Task Batch_upsert_by_email_creates_then_updates_and_reports_new()
    {
        var email = Unique.Email();
        var body = $$$"""{"inputs":[{"id":"{{{email}}}","idProperty":"email","properties":{"firstname":"Up"}}]}""";

        var created = await Http.PostAsync("/crm/v3/objects/contacts/batch/upsert", body);
        var updated = await Http.PostAsync("/crm/v3/objects/contacts/batch/upsert", body.Replace("\"Up\"", "\"Again\""));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.True(created["results"][0].GetProperty("new").GetBoolean());
        Assert.Equal(email, created["results"][0].GetProperty("properties").GetProperty("email").GetString());
        Assert.False(updated["results"][0].GetProperty("new").GetBoolean());
        Assert.Equal(created["results"][0].GetProperty("id").GetString(), updated["results"][0].GetProperty("id").GetString());
        Assert.Equal("Again", updated["results"][0].GetProperty("properties").GetProperty("firstname").GetString());
    }

    [Fact]
    public async Task Batch_upsert_by_email_may_repeat_its_own_email_in_properties()
    {
        var email = Unique.Email();
        var body = $$$"""{"inputs":[{"id":"{{{email}}}","idProperty":"email","properties":{"email":"{{{email.ToUpperInvariant()}}}","firstname":"Ada"}}]}""";

        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/upsert", body);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response["results"][0].GetProperty("new").GetBoolean());
        Assert.Equal(email, response["results"][0].GetProperty("properties").GetProperty("email").GetString());
        Assert.Equal("Ada", response["results"][0].GetProperty("properties").GetProperty("firstname").GetString());
    }

    [Fact]
    public async Task Batch_upsert_with_two_inputs_for_one_new_email_is_409()
    {
        var email = Unique.Email();
        var input = $$$"""{"id":"{{{email}}}","idProperty":"email","properties":{"email":"{{{email}}}"}}""";

        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/upsert", $$$"""{"inputs":[{{{input}}},{{{input}}}]}""");
        var lookup = await Http.GetAsync($"/crm/v3/objects/contacts/{email}?idProperty=email");

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.Contains("in the batch inputs", response["message"].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, lookup.Status);
    }

    [Fact]
    public async Task Batch_upsert_whose_properties_carry_another_email_than_its_id_is_400()
    {
        var email = Unique.Email();
        var other = Unique.Email();
        var body = $$$"""{"inputs":[{"id":"{{{email}}}","idProperty":"email","properties":{"email":"{{{other}}}"}}]}""";

        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/upsert", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response["category"].GetString());
        Assert.Contains(other, response["message"].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_archive_is_204_and_ignores_unknown_ids()
    {
        var id = await Http.CreateContactAsync(Unique.Email());

        var response = await Http.PostAsync("/crm/v3/objects/contacts/batch/archive", $$$"""{"inputs":[{"id":"{{{id}}}"},{"id":"123456789"}]}""");

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/crm/v3/objects/contacts/{id}")).Status);
    }
}
