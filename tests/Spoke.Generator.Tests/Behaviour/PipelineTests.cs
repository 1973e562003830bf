using Spoke.Generator.Tests.HubSpot;

namespace Spoke.Generator.Tests.Behaviour;

/// <summary>
/// The pipelines generated from the shipped pipelines snapshots (HubSpot's default deal and ticket pipelines, compiled into
/// this test project by the real build/Spoke.targets): stages filter, write and compare as values of the stage property, carry
/// their metadata, and a stage added in HubSpot after the build is kept and written back unchanged.
/// </summary>
public sealed class PipelineTests
{
    [Fact]
    public void A_deal_stage_filters_by_its_id()
    {
        var json = Deal.Where(d => d.DealStage.Eq(DealPipelines.Sales.ClosedWon)).Request.ToJson();

        Assert.Equal("""{"filterGroups":[{"filters":[{"propertyName":"dealstage","operator":"EQ","value":"closedwon"}]}]}""", json);
    }

    [Fact]
    public void Ticket_stages_filter_by_their_ids_and_pipelines_by_theirs()
    {
        var json = Ticket.Where(t => t.PipelineStage.In(TicketPipelines.Support.New, TicketPipelines.Support.WaitingOnUs) & t.Pipeline.Eq(TicketPipelines.Support.Id)).Request.ToJson();

        Assert.Equal(
            """{"filterGroups":[{"filters":[{"propertyName":"hs_pipeline_stage","operator":"IN","values":["1","3"]},{"propertyName":"hs_pipeline","operator":"EQ","value":"0"}]}]}""",
            json);
    }

    [Fact]
    public void Deal_stages_carry_id_label_order_probability_and_closed_won()
    {
        var won = DealPipelines.Sales.ClosedWon;
        var lost = DealPipelines.Sales.ClosedLost;
        var first = DealPipelines.Sales.AppointmentScheduled;

        Assert.Equal(("closedwon", "Closed Won", 5, "default"), (won.Id, won.Label, won.DisplayOrder, won.PipelineId));
        Assert.Equal((1.0m, true, true), (won.Probability, won.IsClosed, won.IsWon));
        Assert.Equal((0.0m, true, false), (lost.Probability, lost.IsClosed, lost.IsWon));
        Assert.Equal((0.2m, false, false), (first.Probability, first.IsClosed, first.IsWon));
        Assert.Equal(new Dictionary<string, string> { ["isClosed"] = "true", ["probability"] = "1.0" }, won.Metadata);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)won.Metadata).Add("hacked", "yes"));
        Assert.Equal("Closed Won", won.ToString());
    }

    [Fact]
    public void Ticket_stages_carry_their_ticket_state()
    {
        Assert.Equal("OPEN", TicketPipelines.Support.WaitingOnContact.TicketState);
        Assert.Equal(("4", "Closed", "CLOSED"), (TicketPipelines.Support.Closed.Id, TicketPipelines.Support.Closed.Label, TicketPipelines.Support.Closed.TicketState));
    }

    [Fact]
    public void A_pipeline_lists_its_stages_in_display_order_and_all_lists_every_pipeline()
    {
        var sales = Assert.Single(DealPipelines.All);

        Assert.Same(DealPipelines.Sales.Pipeline, sales);
        Assert.Equal(("default", "Sales Pipeline", 0), (sales.Id, sales.Label, sales.DisplayOrder));
        Assert.Equal(("default", "Sales Pipeline", 0), (DealPipelines.Sales.Id, DealPipelines.Sales.Label, DealPipelines.Sales.DisplayOrder));
        Assert.Same(DealPipelines.Sales.Stages, sales.Stages);
        Assert.Equal(
            ["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost"],
            sales.Stages.Select(stage => stage.Id));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], sales.Stages.Select(stage => stage.DisplayOrder));
        Assert.Equal(["New", "Waiting on contact", "Waiting on us", "Closed"], Assert.Single(TicketPipelines.All).Stages.Select(stage => stage.Label));
    }

    [Fact]
    public void A_stage_is_the_stage_propertys_enum_member_and_picklist_value()
    {
        DealStage member = DealPipelines.Sales.ContractSent;
        Picklist<DealStage> value = DealPipelines.Sales.ContractSent;

        Assert.Equal(DealStage.ContractSent, member);
        Assert.Equal(DealStage.ContractSent, DealPipelines.Sales.ContractSent.Value);
        Assert.Equal("contractsent", DealStageExtensions.Codec.Encode(value));
        Assert.Equal("1", TicketPipelines.Support.New.Value.ToWireValue());
    }

    [Fact]
    public void An_input_writes_the_pipeline_and_stage_ids()
    {
        var input = new DealInput { DealName = "Big one", Pipeline = DealPipelines.Sales.Id, DealStage = DealPipelines.Sales.ClosedWon };

        Assert.Equal("""{"dealname":"Big one","pipeline":"default","dealstage":"closedwon"}""", RecordWire.PropertiesOf(input));
    }

    [Fact]
    public void A_records_stage_compares_equal_to_the_generated_stage()
    {
        var deal = RecordWire.Read<Deal>("""{"id":"7","properties":{"dealstage":"closedwon","pipeline":"default"},"createdAt":"2025-01-01T00:00:00Z","updatedAt":"2025-01-01T00:00:00Z","archived":false}""");

        Assert.True(deal.DealStage == DealPipelines.Sales.ClosedWon);
        Assert.False(deal.DealStage == DealPipelines.Sales.ClosedLost);
        Assert.Equal(DealStage.ClosedWon, deal.DealStage!.Value.Value);
    }

    [Fact]
    public void A_stage_added_in_hubspot_after_the_build_is_kept_filtered_and_written_back_unchanged()
    {
        var deal = RecordWire.Read<Deal>("""{"id":"8","properties":{"dealstage":"12345678","pipeline":"default"},"createdAt":"2025-01-01T00:00:00Z","updatedAt":"2025-01-01T00:00:00Z","archived":false}""");
        var stage = deal.DealStage!.Value;

        Assert.False(stage.IsKnown);
        Assert.Equal("12345678", stage.WireValue);
        Assert.Equal("""{"dealstage":"12345678"}""", RecordWire.PropertiesOf(new DealInput { DealStage = deal.DealStage }));
        Assert.Equal(
            """{"filterGroups":[{"filters":[{"propertyName":"dealstage","operator":"NEQ","value":"12345678"}]}]}""",
            Deal.Where(d => d.DealStage.Neq(stage)).Request.ToJson());
    }
}
