using Spoke.Pipelines;
using Spoke.Schema;

namespace Spoke.Runtime.Tests.Schema;

public sealed class PipelineDriftTests
{
    [Fact]
    public void Removed_archived_added_and_relabelled_pipelines_and_stages_are_reported_and_removals_are_breaking()
    {
        CrmPipeline[] before =
        [
            Pipeline("default", "Sales", Stage("won", "Won"), Stage("lost", "Lost"), Stage("gone", "Gone")),
            Pipeline("old", "Old pipeline", Stage("x", "X")),
        ];
        CrmPipeline[] after =
        [
            Pipeline("default", "Sales 2026", Stage("won", "Closed won"), Stage("lost", "Lost"), Stage("gone", "Gone") with { Archived = true }, Stage("new", "New")),
            Pipeline("added", "Added", Stage("x", "X")),
        ];

        var drift = SchemaDrift.ComparePipelines(CrmObjectType.Deals, before, after);

        Assert.Equal(
            [
                (SchemaDifferenceKind.PipelineAdded, "pipeline", "added", null, false),
                (SchemaDifferenceKind.PipelineRelabelled, "pipeline", "default", null, false),
                (SchemaDifferenceKind.StageRemoved, "dealstage", "default", "gone", true),
                (SchemaDifferenceKind.StageAdded, "dealstage", "default", "new", false),
                (SchemaDifferenceKind.StageRelabelled, "dealstage", "default", "won", false),
                (SchemaDifferenceKind.PipelineRemoved, "pipeline", "old", null, true),
            ],
            drift.Differences.Select(d => (d.Kind, d.PropertyName, d.PipelineId!, d.StageId, d.IsBreaking)));
        Assert.True(drift.HasBreakingChanges);
        Assert.Contains("stage 'won' of pipeline 'default' is now labelled 'Closed won' (was 'Won')", drift.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ticket_pipelines_name_the_ticket_properties_and_the_same_pipelines_have_no_drift()
    {
        CrmPipeline[] pipelines = [Pipeline("0", "Support", Stage("1", "New"))];

        Assert.False(SchemaDrift.ComparePipelines(CrmObjectType.Tickets, pipelines, pipelines).HasDrift);
        var removed = Assert.Single(SchemaDrift.ComparePipelines(CrmObjectType.Tickets, pipelines, [Pipeline("0", "Support", Stage("2", "Other"))]).Differences,
            d => d.Kind == SchemaDifferenceKind.StageRemoved);
        Assert.Equal("hs_pipeline_stage", removed.PropertyName);
    }

    private static CrmPipeline Pipeline(string id, string label, params CrmPipelineStage[] stages) => new() { Id = id, Label = label, Stages = stages };

    private static CrmPipelineStage Stage(string id, string label) => new() { Id = id, Label = label };
}
