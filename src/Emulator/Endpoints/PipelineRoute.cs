using Spoke.Emulator.Http;
using Spoke.Emulator.Pipelines;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Endpoints;

/// <summary>What the pipelines and stages endpoints share: the object type, the pipeline and stage of a path, and how many records use them.</summary>
internal static class PipelineRoute
{
    /// <summary>The path's object type, when its records are placed in pipelines; otherwise a 400 naming those that are.</summary>
    public static ObjectTypeDefinition TypeOf(EmulatorState state, HttpContext context)
    {
        var type = RecordLookup.TypeOf(state, context);
        if (!state.Database.Pipelines.Supports(type))
        {
            var supported = state.Schema.Types.Where(state.Database.Pipelines.Supports).Select(t => t.Name);
            throw ApiProblem.Validation($"{type.Name} have no pipelines. Pipelines exist for: {string.Join(", ", supported)}.");
        }

        return type;
    }

    public static string PipelineId(HttpContext context) => (string)context.GetRouteValue("pipelineId")!;

    public static string StageId(HttpContext context) => (string)context.GetRouteValue("stageId")!;

    /// <summary>The live pipeline (or with <paramref name="includeArchived"/> any), or HubSpot's 404.</summary>
    public static Pipeline Require(CrmDatabase database, ObjectTypeDefinition type, string pipelineId, bool includeArchived = false) =>
        (includeArchived ? database.Pipelines.All(type).FirstOrDefault(p => p.Id == pipelineId) : database.Pipelines.FindLive(type, pipelineId))
        ?? throw ApiProblem.NotFound($"Unable to find pipeline {pipelineId} of {type.Name}.", pipelineId);

    /// <summary>The live stage (or with <paramref name="includeArchived"/> any), or HubSpot's 404.</summary>
    public static PipelineStage RequireStage(Pipeline pipeline, string stageId, bool includeArchived = false) =>
        (includeArchived ? pipeline.Stages.Find(s => s.Id == stageId) : pipeline.FindLiveStage(stageId))
        ?? throw ApiProblem.NotFound($"Unable to find stage {stageId} in pipeline {pipeline.Id}.", stageId);

    /// <summary>How many live records are in the pipeline (and, when given, the stage).</summary>
    public static int RecordsIn(CrmDatabase database, ObjectTypeDefinition type, string pipelineId, string? stageId = null)
    {
        var names = PipelineProperties.Of(type)!;
        return database.Collection(type).Records.Count(record => !record.IsArchived
            && record.Get(names.Pipeline) == pipelineId
            && (stageId is null || record.Get(names.Stage) == stageId));
    }

    /// <summary>Refuses to take away a stage that records are in.</summary>
    public static void RequireUnused(CrmDatabase database, ObjectTypeDefinition type, Pipeline pipeline, PipelineStage stage)
    {
        var count = RecordsIn(database, type, pipeline.Id, stage.Id);
        if (count > 0)
        {
            throw new ApiProblem(400, ErrorCategories.Validation,
                $"Stage {stage.Id} (\"{stage.Label}\") of pipeline {pipeline.Id} cannot be removed: {count} {type.Name} are in it. Move them to another stage first.")
            {
                SubCategory = "PipelineError.STAGE_IN_USE",
                Context = new Dictionary<string, IReadOnlyList<string>> { ["stageId"] = [stage.Id], ["pipelineId"] = [pipeline.Id] },
            };
        }
    }

    /// <summary>Rejects a label another live pipeline of the type already has (ignoring case).</summary>
    public static void RequireFreePipelineLabel(CrmDatabase database, ObjectTypeDefinition type, string label, Pipeline? self)
    {
        if (database.Pipelines.Live(type).FirstOrDefault(p => p != self && string.Equals(p.Label, label, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            throw ApiProblem.Validation($"A pipeline of {type.Name} labelled \"{other.Label}\" already exists (id {other.Id}); each pipeline needs its own label.");
        }
    }

    /// <summary>Rejects a label another live stage of the pipeline already has (ignoring case).</summary>
    public static void RequireFreeStageLabel(Pipeline pipeline, string label, PipelineStage? self)
    {
        if (pipeline.LiveStages.FirstOrDefault(s => s != self && string.Equals(s.Label, label, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            throw ApiProblem.Validation($"Pipeline {pipeline.Id} already has a stage labelled \"{other.Label}\" (id {other.Id}); each stage needs its own label.");
        }
    }
}
