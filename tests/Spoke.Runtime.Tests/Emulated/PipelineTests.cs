using System.Net;
using Spoke.Emulator;
using Spoke.Pipelines;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>Pipelines and stages over a socket against the emulator: reads, writes, refusals and faults.</summary>
public sealed class PipelineTests
{
    [Fact]
    public async Task Lists_the_seeded_deal_and_ticket_pipelines_with_stage_metadata()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);

        var deals = Assert.Single(await hub.Client.Pipelines.ListAsync(CrmObjectType.Deals));
        var tickets = Assert.Single(await hub.Client.Pipelines.ListAsync(CrmObjectType.Tickets));

        Assert.Equal(("default", "Sales Pipeline"), (deals.Id, deals.Label));
        Assert.Equal(["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost"],
            deals.Stages.Select(stage => stage.Id));
        var won = deals.FindStage("closed won")!;
        Assert.Equal(("closedwon", 1.0m, true), (won.Id, won.Probability, won.IsClosed));
        Assert.Equal((0.2m, false), (deals.Stages[0].Probability!.Value, deals.Stages[0].IsClosed!.Value));
        Assert.Equal(["OPEN", "OPEN", "OPEN", "CLOSED"], tickets.Stages.Select(stage => stage.TicketState));
        Assert.Equal([false, false, false, true], tickets.Stages.Select(stage => stage.IsClosed!.Value));
        Assert.Null(tickets.Stages[0].Probability);
    }

    [Fact]
    public async Task An_unknown_pipeline_or_stage_is_a_404_that_names_it()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);

        var pipeline = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Pipelines.GetAsync(CrmObjectType.Deals, "no-such-pipeline"));
        var stage = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Pipelines.GetStageAsync(CrmObjectType.Deals, "default", "no-such-stage"));

        Assert.Equal(404, pipeline.Status);
        Assert.Contains("no-such-pipeline", pipeline.Message, StringComparison.Ordinal);
        Assert.Equal(404, stage.Status);
        Assert.Contains("no-such-stage", stage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_shared_by_pipelines_stages_and_object_types_are_never_taken_for_one_another()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);

        // Ticket stage "1" is not a ticket pipeline; deal stage "closedwon" is not a deal pipeline; deals' "default" is no ticket pipeline.
        Assert.Equal("New", (await hub.Client.Pipelines.GetStageAsync(CrmObjectType.Tickets, "0", "1")).Label);
        Assert.Equal(404, (await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Pipelines.GetAsync(CrmObjectType.Tickets, "1"))).Status);
        Assert.Equal(404, (await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Pipelines.GetAsync(CrmObjectType.Deals, "closedwon"))).Status);
        Assert.Equal(404, (await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Pipelines.GetAsync(CrmObjectType.Tickets, "default"))).Status);

        // A new pipeline whose stage is labelled like the pipeline, and like a stage of another pipeline, keeps its own ids.
        var created = await hub.Client.Pipelines.CreateAsync(CrmObjectType.Tickets, new CrmPipelineInput
        {
            Label = "New",
            DisplayOrder = 1,
            Stages = [new CrmPipelineStageInput { Label = "New", DisplayOrder = 0, TicketState = "OPEN" }],
        });
        Assert.NotEqual(created.Id, created.Stages[0].Id);
        Assert.Equal(["1", "2", "3", "4"], (await hub.Client.Pipelines.ListStagesAsync(CrmObjectType.Tickets, "0")).Select(stage => stage.Id));
        var own = Assert.Single(await hub.Client.Pipelines.ListStagesAsync(CrmObjectType.Tickets, created.Id));
        Assert.Equal((created.Stages[0].Id, "New"), (own.Id, own.Label));
        Assert.Equal(404, (await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Pipelines.GetStageAsync(CrmObjectType.Tickets, created.Id, "4"))).Status);
    }

    [Fact]
    public async Task Creates_changes_and_archives_a_pipeline_and_its_stages()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var pipelines = hub.Client.Pipelines;

        var created = await pipelines.CreateAsync(CrmObjectType.Deals, new CrmPipelineInput
        {
            Label = "Renewals",
            DisplayOrder = 2,
            Stages =
            [
                new CrmPipelineStageInput { Label = "Due", DisplayOrder = 0, Probability = 0.5m },
                new CrmPipelineStageInput { Label = "Renewed", DisplayOrder = 2, Probability = 1m, IsClosed = true },
            ],
        });
        var added = await pipelines.CreateStageAsync(CrmObjectType.Deals, created.Id, new CrmPipelineStageInput { Label = "Negotiating", DisplayOrder = 1, Probability = 0.75m });
        var relabelled = await pipelines.UpdateStageAsync(CrmObjectType.Deals, created.Id, added.Id, label: "In negotiation");
        var renamed = await pipelines.UpdateAsync(CrmObjectType.Deals, created.Id, label: "Renewals 2026");
        await pipelines.ArchiveStageAsync(CrmObjectType.Deals, created.Id, created.Stages[0].Id);

        Assert.Equal((0.75m, "In negotiation"), (relabelled.Probability!.Value, relabelled.Label));
        Assert.Equal("Renewals 2026", renamed.Label);
        var read = await pipelines.GetAsync(CrmObjectType.Deals, created.Id);
        Assert.Equal(["In negotiation", "Renewed"], read.Stages.Select(stage => stage.Label));
        Assert.Equal(2, (await pipelines.ListAsync(CrmObjectType.Deals)).Count);

        await pipelines.ArchiveAsync(CrmObjectType.Deals, created.Id);
        Assert.Equal(404, (await Assert.ThrowsAsync<HubSpotException>(() => pipelines.GetAsync(CrmObjectType.Deals, created.Id))).Status);
        Assert.Equal("default", Assert.Single(await pipelines.ListAsync(CrmObjectType.Deals)).Id);
    }

    [Fact]
    public async Task Archiving_a_stage_records_are_in_is_refused_and_the_stage_stays()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        await hub.Client.CreateAsync(CrmObjectType.Deals, new CrmObjectInput { ["dealname"] = "Big one", ["pipeline"] = "default", ["dealstage"] = "contractsent" });

        var refused = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Pipelines.ArchiveStageAsync(CrmObjectType.Deals, "default", "contractsent"));

        Assert.Equal(400, refused.Status);
        Assert.Contains("contractsent", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Move them to another stage", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Contract Sent", (await hub.Client.Pipelines.GetStageAsync(CrmObjectType.Deals, "default", "contractsent")).Label);
    }

    [Fact]
    public async Task Bad_input_is_refused_before_anything_is_sent()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var pipelines = hub.Client.Pipelines;

        await Assert.ThrowsAsync<ArgumentException>(() => pipelines.GetAsync(CrmObjectType.Deals, ".."));
        await Assert.ThrowsAsync<ArgumentException>(() => pipelines.GetAsync(CrmObjectType.Deals, " "));
        await Assert.ThrowsAsync<ArgumentException>(() => pipelines.UpdateAsync(CrmObjectType.Deals, "default"));
        await Assert.ThrowsAsync<ArgumentException>(() => pipelines.CreateAsync(CrmObjectType.Deals, new CrmPipelineInput { Label = "Empty", DisplayOrder = 0, Stages = [] }));
        Assert.Single(await pipelines.ListAsync(CrmObjectType.Deals));
    }

    [Fact]
    public async Task HubSpots_refusal_of_a_deal_stage_without_probability_is_a_400_naming_it()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);

        var refused = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.Pipelines.CreateStageAsync(
            CrmObjectType.Deals, "default", new CrmPipelineStageInput { Label = "Maybe", DisplayOrder = 9 }));

        Assert.Equal(400, refused.Status);
        Assert.Contains("probability", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_and_writes_go_through_429s_with_the_clients_retries()
    {
        CountingHandler? counter = null;
        await using var hub = await EmulatedHub.StartAsync(
            options =>
            {
                options.Faults.Seed = 1515;
                options.Faults.Rules.Add(new FaultRule(FaultKind.Status) { StatusCode = 429, Percentage = 50, PathPattern = "/crm/v3/pipelines/*" });
            },
            client => client.Retry.MaxRetries = 20,
            overSocket: true,
            wrapSocketHandler: inner => counter = new CountingHandler(inner));

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(7, (await hub.Client.Pipelines.GetAsync(CrmObjectType.Deals, "default")).Stages.Count);
        }

        var created = await hub.Client.Pipelines.CreateStageAsync(CrmObjectType.Tickets, "0", new CrmPipelineStageInput { Label = "Escalated", DisplayOrder = 5, TicketState = "OPEN" });

        Assert.Contains(HttpStatusCode.TooManyRequests, counter!.Statuses);
        Assert.Single(await hub.Client.Pipelines.ListStagesAsync(CrmObjectType.Tickets, "0"), stage => stage.Label == "Escalated");
        Assert.Equal("Escalated", created.Label);
    }
}
