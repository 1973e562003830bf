using System.Text.Json;
using Spoke.Agents.Tests.Fakes;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Tools;

/// <summary>The schema tool lists pipelines and stages, over a socket against the emulator, under the agent policy.</summary>
public sealed class PipelineSchemaToolTests
{
    [Fact]
    public async Task An_agent_moves_a_deal_to_a_stage_it_knows_by_name_through_the_schema_tool()
    {
        await using var tools = await EmulatedToolSet.StartAsync();
        var created = await tools.CallAsync("manage_hubspot_records", "admin",
            """{"action": "create", "objectType": "deals", "properties": {"dealname": "Renewal", "pipeline": "default", "dealstage": "appointmentscheduled"}}""");
        var dealId = JsonDocument.Parse(created.Text).RootElement.GetProperty("id").GetString();

        var schema = await tools.CallAsync("get_hubspot_schema", "admin", """{"objectType": "deals"}""");
        var root = JsonDocument.Parse(schema.Text).RootElement;
        var pipeline = Assert.Single(root.GetProperty("pipelines").EnumerateArray());
        var won = pipeline.GetProperty("stages").EnumerateArray().Single(stage => stage.GetProperty("label").GetString() == "Closed Won");
        var update = JsonSerializer.Serialize(new
        {
            action = "update",
            objectType = "deals",
            id = dealId,
            properties = new Dictionary<string, string> { [root.GetProperty("stageProperty").GetString()!] = won.GetProperty("id").GetString()! },
        });
        var moved = await tools.CallAsync("manage_hubspot_records", "admin", update);

        Assert.False(moved.IsError, moved.Text);
        Assert.Equal(("pipeline", "dealstage"), (root.GetProperty("pipelineProperty").GetString(), root.GetProperty("stageProperty").GetString()));
        Assert.Equal(("default", "Sales Pipeline"), (pipeline.GetProperty("id").GetString(), pipeline.GetProperty("label").GetString()));
        Assert.Equal((1.0m, true), (won.GetProperty("probability").GetDecimal(), won.GetProperty("isClosed").GetBoolean()));
        Assert.Equal("closedwon", (await tools.Client.GetAsync(CrmObjectType.Deals, dealId!, ["dealstage"])).Properties["dealstage"]);
    }

    [Fact]
    public async Task Ticket_stages_carry_their_state_and_objects_without_pipelines_list_none()
    {
        await using var tools = await EmulatedToolSet.StartAsync();

        var tickets = JsonDocument.Parse((await tools.CallAsync("get_hubspot_schema", "support-bot", """{"objectType": "tickets"}""")).Text).RootElement;
        var contacts = JsonDocument.Parse((await tools.CallAsync("get_hubspot_schema", "support-bot", """{"objectType": "contacts"}""")).Text).RootElement;

        var stages = Assert.Single(tickets.GetProperty("pipelines").EnumerateArray()).GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["OPEN", "OPEN", "OPEN", "CLOSED"], stages.Select(stage => stage.GetProperty("ticketState").GetString()));
        Assert.Equal("hs_pipeline_stage", tickets.GetProperty("stageProperty").GetString());
        Assert.False(contacts.TryGetProperty("pipelines", out _));
    }

    [Fact]
    public async Task Pipelines_of_an_object_the_agent_may_not_read_are_not_shown_and_not_requested()
    {
        var requested = new List<string>();
        await using var tools = await EmulatedToolSet.StartAsync(inFrontOfSocket: socket => new RecordingHandler(socket, requested));

        var refused = await tools.CallAsync("get_hubspot_schema", "support-bot", """{"objectType": "deals"}""");

        Assert.True(refused.IsError);
        Assert.DoesNotContain("Sales Pipeline", refused.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(requested, path => path.Contains("pipelines", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_storm_on_the_pipelines_endpoint_is_retried_by_the_client()
    {
        await using var tools = await EmulatedToolSet.StartAsync(
            options =>
            {
                options.Faults.Seed = 15;
                options.Faults.Rules.Add(new FaultRule(FaultKind.Status) { StatusCode = 429, Percentage = 60, PathPattern = "/crm/v3/pipelines/*" });
            },
            configureClient: client =>
            {
                client.Retry.MaxRetries = 20;
                client.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
                client.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
            });

        var schema = await tools.CallAsync("get_hubspot_schema", "analyst", """{"objectType": "tickets"}""");

        Assert.False(schema.IsError, schema.Text);
        Assert.Contains("\"label\":\"Support Pipeline\"", schema.Text, StringComparison.Ordinal);
    }

    private sealed class RecordingHandler(HttpMessageHandler inner, List<string> paths) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (paths)
            {
                paths.Add(request.RequestUri!.AbsolutePath);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
