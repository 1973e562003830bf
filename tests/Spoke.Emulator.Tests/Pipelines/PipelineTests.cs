using System.Net;
using System.Text.Json;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Pipelines;

/// <summary>The pipelines API and how record writes respect it.</summary>
[Collection(SharedEmulatorCollection.Name)]
public sealed class PipelineTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    [Fact]
    public async Task Every_account_has_hubspots_default_sales_pipeline_with_probabilities()
    {
        var pipelines = await Http.GetAsync("/crm/v3/pipelines/deals");
        var sales = pipelines["results"].EnumerateArray().Single(p => p.GetProperty("id").GetString() == "default");
        var stages = sales.GetProperty("stages").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, pipelines.Status);
        Assert.Equal("Sales Pipeline", sales.GetProperty("label").GetString());
        Assert.Equal(["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost"],
            stages.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(["0.2", "0.4", "0.6", "0.8", "0.9", "1.0", "0.0"], stages.Select(s => s.GetProperty("metadata").GetProperty("probability").GetString()));
        Assert.Equal(["false", "false", "false", "false", "false", "true", "true"], stages.Select(s => s.GetProperty("metadata").GetProperty("isClosed").GetString()));
        Assert.All(stages, s => Assert.False(s.GetProperty("archived").GetBoolean()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", sales.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Every_account_has_the_support_pipeline_0_with_open_and_closed_stages()
    {
        var pipeline = await Http.GetAsync("/crm/v3/pipelines/tickets/0");
        var stages = pipeline["stages"].EnumerateArray().ToList();

        Assert.Equal("Support Pipeline", pipeline["label"].GetString());
        Assert.Equal(["1", "2", "3", "4"], stages.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(["OPEN", "OPEN", "OPEN", "CLOSED"], stages.Select(s => s.GetProperty("metadata").GetProperty("ticketState").GetString()));
    }

    [Fact]
    public async Task A_created_pipeline_is_read_listed_and_takes_deals_in_its_stages_only()
    {
        var pipeline = await CreateDealPipelineAsync();
        var id = pipeline["id"].GetString()!;
        var open = pipeline["stages"][0].GetProperty("id").GetString()!;

        var read = await Http.GetAsync($"/crm/v3/pipelines/deals/{id}");
        var listed = await Http.GetAsync("/crm/v3/pipelines/deals");
        var inPipeline = await Http.PostAsync("/crm/v3/objects/deals", $$$"""{"properties":{"dealname":"In it","pipeline":"{{{id}}}","dealstage":"{{{open}}}"}}""");
        var otherPipelinesStage = await Http.PostAsync("/crm/v3/objects/deals", $$$"""{"properties":{"dealname":"Crossed","pipeline":"default","dealstage":"{{{open}}}"}}""");
        var defaultStageInNew = await Http.PostAsync("/crm/v3/objects/deals", $$$"""{"properties":{"dealname":"Crossed","pipeline":"{{{id}}}","dealstage":"closedwon"}}""");
        var unknownPipeline = await Http.PostAsync("/crm/v3/objects/deals", """{"properties":{"dealname":"Lost","pipeline":"nowhere","dealstage":"closedwon"}}""");

        Assert.Equal(HttpStatusCode.Created, pipeline.Status);
        Assert.True(long.TryParse(id, out _));
        Assert.Equal(["Open", "Won"], pipeline["stages"].EnumerateArray().Select(s => s.GetProperty("label").GetString()));
        Assert.Equal(id, read["id"].GetString());
        Assert.Contains(listed["results"].EnumerateArray(), p => p.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.Created, inPipeline.Status);
        Assert.Equal(open, inPipeline.Property("dealstage"));
        AssertInvalidOption(otherPipelinesStage, "dealstage", "appointmentscheduled");
        AssertInvalidOption(defaultStageInNew, "dealstage", open);
        AssertInvalidOption(unknownPipeline, "pipeline", "default");
    }

    [Fact]
    public async Task Tickets_must_name_a_stage_of_their_pipeline()
    {
        var unknown = await Http.PostAsync("/crm/v3/objects/tickets", """{"properties":{"subject":"S","hs_pipeline":"0","hs_pipeline_stage":"999"}}""");
        var valid = await Http.PostAsync("/crm/v3/objects/tickets", """{"properties":{"subject":"S","hs_pipeline_stage":"2"}}""");

        AssertInvalidOption(unknown, "hs_pipeline_stage", "1");
        Assert.Equal(HttpStatusCode.Created, valid.Status);
        Assert.Equal("0", valid.Property("hs_pipeline"));
    }

    [Fact]
    public async Task Moving_a_deal_to_another_pipeline_needs_a_stage_of_that_pipeline()
    {
        var pipeline = await CreateDealPipelineAsync();
        var id = pipeline["id"].GetString()!;
        var won = pipeline["stages"][1].GetProperty("id").GetString()!;
        var deal = await Http.CreateAsync("deals", """{"dealname":"Mover","dealstage":"contractsent"}""");

        var pipelineOnly = await Http.PatchAsync($"/crm/v3/objects/deals/{deal}", $$$"""{"properties":{"pipeline":"{{{id}}}"}}""");
        var both = await Http.PatchAsync($"/crm/v3/objects/deals/{deal}", $$$"""{"properties":{"pipeline":"{{{id}}}","dealstage":"{{{won}}}"}}""");
        var stageOfOld = await Http.PatchAsync($"/crm/v3/objects/deals/{deal}", """{"properties":{"dealstage":"closedlost"}}""");

        AssertInvalidOption(pipelineOnly, "dealstage", won);
        Assert.Equal(HttpStatusCode.OK, both.Status);
        AssertInvalidOption(stageOfOld, "dealstage", won);
    }

    [Theory]
    [InlineData("""{"label":"L","displayOrder":1,"stages":[{"label":"S","displayOrder":0,"metadata":{}}]}""", "probability")]
    [InlineData("""{"label":"L","displayOrder":1,"stages":[{"label":"S","displayOrder":0,"metadata":{"probability":"1.5"}}]}""", "0.0 to 1.0")]
    [InlineData("""{"label":"L","displayOrder":1,"stages":[{"label":"S","displayOrder":0,"metadata":{"probability":"0.1","isClosed":"maybe"}}]}""", "isClosed")]
    [InlineData("""{"label":"L","displayOrder":1,"stages":[]}""", "stages")]
    [InlineData("""{"label":"L","stages":[{"label":"S","displayOrder":0,"metadata":{"probability":"0.1"}}]}""", "displayOrder")]
    [InlineData("""{"displayOrder":1,"stages":[{"label":"S","displayOrder":0,"metadata":{"probability":"0.1"}}]}""", "label")]
    [InlineData("""{"label":"L","displayOrder":1,"stages":[{"label":"S","displayOrder":0,"metadata":{"probability":"0.1"}},{"label":"s","displayOrder":1,"metadata":{"probability":"0.2"}}]}""", "own label")]
    [InlineData("""{"label":"Sales pipeline","displayOrder":1,"stages":[{"label":"S","displayOrder":0,"metadata":{"probability":"0.1"}}]}""", "already exists")]
    public async Task Invalid_deal_pipelines_are_400_saying_what_is_wrong(string body, string expected)
    {
        var response = await Http.PostAsync("/crm/v3/pipelines/deals", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response["category"].GetString());
        Assert.Contains(expected, response["message"].GetString());
    }

    [Fact]
    public async Task Ticket_stages_take_open_or_closed_ticket_states_only()
    {
        var wrong = await Http.PostAsync("/crm/v3/pipelines/tickets",
            $$$"""{"label":"Queue {{{Guid.NewGuid():N}}}","displayOrder":2,"stages":[{"label":"Doing","displayOrder":0,"metadata":{"ticketState":"MAYBE"}}]}""");
        var right = await Http.PostAsync("/crm/v3/pipelines/tickets",
            $$$"""{"label":"Queue {{{Guid.NewGuid():N}}}","displayOrder":2,"stages":[{"label":"Doing","displayOrder":0,"metadata":{"ticketState":"OPEN"}},{"label":"Done","displayOrder":1,"metadata":{"ticketState":"CLOSED"}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("ticketState", wrong["message"].GetString());
        Assert.Equal(HttpStatusCode.Created, right.Status);
    }

    [Fact]
    public async Task Stages_are_created_read_updated_replaced_and_archived()
    {
        var pipeline = await CreateDealPipelineAsync();
        var id = pipeline["id"].GetString()!;
        var stages = $"/crm/v3/pipelines/deals/{id}/stages";

        var created = await Http.PostAsync(stages, """{"label":"Negotiation","displayOrder":1,"metadata":{"probability":"0.6"}}""");
        var stageId = created["id"].GetString()!;
        var read = await Http.GetAsync($"{stages}/{stageId}");
        var patched = await Http.PatchAsync($"{stages}/{stageId}", """{"label":"Haggling","metadata":{"probability":"0.7"}}""");
        var replaced = await Http.PutAsync($"{stages}/{stageId}", """{"label":"Bargaining","displayOrder":5,"metadata":{"probability":"0.65","isClosed":"false"}}""");
        var listed = await Http.GetAsync(stages);
        var archived = await Http.DeleteAsync($"{stages}/{stageId}");
        var afterArchive = await Http.GetAsync(stages);
        var readArchived = await Http.GetAsync($"{stages}/{stageId}");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("Negotiation", read["label"].GetString());
        Assert.Equal("Haggling", patched["label"].GetString());
        Assert.Equal("0.7", patched["metadata"].GetProperty("probability").GetString());
        Assert.Equal(5, replaced["displayOrder"].GetInt32());
        Assert.Equal(["Open", "Won", "Bargaining"], listed["results"].EnumerateArray().Select(s => s.GetProperty("label").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, archived.Status);
        Assert.DoesNotContain(afterArchive["results"].EnumerateArray(), s => s.GetProperty("id").GetString() == stageId);
        Assert.Equal(HttpStatusCode.NotFound, readArchived.Status);
    }

    [Fact]
    public async Task A_pipeline_is_renamed_replaced_keeping_stage_ids_by_label_and_archived_when_empty()
    {
        var pipeline = await CreateDealPipelineAsync();
        var id = pipeline["id"].GetString()!;
        var open = pipeline["stages"][0].GetProperty("id").GetString()!;
        var label = $"Renamed {Guid.NewGuid():N}";

        var renamed = await Http.PatchAsync($"/crm/v3/pipelines/deals/{id}", $$$"""{"label":"{{{label}}}"}""");
        var replaced = await Http.PutAsync($"/crm/v3/pipelines/deals/{id}",
            $$$"""{"label":"{{{label}}}","displayOrder":3,"stages":[{"label":"OPEN","displayOrder":0,"metadata":{"probability":"0.3"}},{"label":"Lost","displayOrder":1,"metadata":{"probability":"0.0","isClosed":"true"}}]}""");
        var archived = await Http.DeleteAsync($"/crm/v3/pipelines/deals/{id}");
        var read = await Http.GetAsync($"/crm/v3/pipelines/deals/{id}");

        Assert.Equal(label, renamed["label"].GetString());
        Assert.Equal(HttpStatusCode.OK, replaced.Status);
        Assert.Equal(open, replaced["stages"][0].GetProperty("id").GetString());
        Assert.Equal(["OPEN", "Lost"], replaced["stages"].EnumerateArray().Select(s => s.GetProperty("label").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, archived.Status);
        Assert.Equal(HttpStatusCode.NotFound, read.Status);
        Assert.Equal("OBJECT_NOT_FOUND", read["category"].GetString());
    }

    [Fact]
    public async Task Stages_and_pipelines_with_deals_in_them_cannot_be_taken_away()
    {
        var pipeline = await CreateDealPipelineAsync();
        var id = pipeline["id"].GetString()!;
        var (open, won) = (pipeline["stages"][0].GetProperty("id").GetString()!, pipeline["stages"][1].GetProperty("id").GetString()!);
        var deal = await Http.CreateAsync("deals", $$$"""{"dealname":"Occupant","pipeline":"{{{id}}}","dealstage":"{{{open}}}"}""");

        var stageInUse = await Http.DeleteAsync($"/crm/v3/pipelines/deals/{id}/stages/{open}");
        var replacedAway = await Http.PutAsync($"/crm/v3/pipelines/deals/{id}",
            """{"label":"Elsewhere","displayOrder":3,"stages":[{"label":"Only","displayOrder":0,"metadata":{"probability":"0.3"}}]}""");
        var pipelineInUse = await Http.DeleteAsync($"/crm/v3/pipelines/deals/{id}");
        await Http.PatchAsync($"/crm/v3/objects/deals/{deal}", $$$"""{"properties":{"dealstage":"{{{won}}}"}}""");
        var stageFreed = await Http.DeleteAsync($"/crm/v3/pipelines/deals/{id}/stages/{open}");
        var lastStage = await Http.DeleteAsync($"/crm/v3/pipelines/deals/{id}/stages/{won}");
        var unchanged = await Http.GetAsync($"/crm/v3/pipelines/deals/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, stageInUse.Status);
        Assert.Contains("1 deals are in it", stageInUse["message"].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, replacedAway.Status);
        Assert.Equal(HttpStatusCode.BadRequest, pipelineInUse.Status);
        Assert.Equal(HttpStatusCode.NoContent, stageFreed.Status);
        Assert.Equal(HttpStatusCode.BadRequest, lastStage.Status);
        Assert.Equal([won], unchanged["stages"].EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.NotEqual("Elsewhere", unchanged["label"].GetString());
    }

    [Theory]
    [InlineData("GET", "/crm/v3/pipelines/contacts", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/crm/v3/pipelines/deals/no-such-pipeline", HttpStatusCode.NotFound)]
    [InlineData("GET", "/crm/v3/pipelines/deals/default/stages/no-such-stage", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/crm/v3/pipelines/deals/no-such-pipeline", HttpStatusCode.NotFound)]
    [InlineData("GET", "/crm/v3/pipelines/no-such-type", HttpStatusCode.BadRequest)]
    public async Task Unknown_types_pipelines_and_stages_are_hubspot_errors(string method, string path, HttpStatusCode status)
    {
        var response = await Http.SendAsync(new HttpMethod(method), path, null);

        Assert.Equal(status, response.Status);
        Assert.NotNull(response["correlationId"].GetString());
    }

    private async Task<ApiResponse> CreateDealPipelineAsync()
    {
        var response = await Http.PostAsync("/crm/v3/pipelines/deals",
            $$$"""{"label":"Pipeline {{{Guid.NewGuid():N}}}","displayOrder":9,"stages":[{"label":"Open","displayOrder":0,"metadata":{"probability":"0.2"}},{"label":"Won","displayOrder":1,"metadata":{"probability":1.0,"isClosed":true}}]}""");
        Assert.Equal(HttpStatusCode.Created, response.Status);
        return response;
    }

    private static void AssertInvalidOption(ApiResponse response, string property, string allowed)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var error = Assert.Single(response["errors"].EnumerateArray());
        Assert.Equal("INVALID_OPTION", error.GetProperty("code").GetString());
        Assert.Equal(property, error.GetProperty("context").GetProperty("propertyName")[0].GetString());
        Assert.Contains(allowed, error.GetProperty("message").GetString());
    }
}
