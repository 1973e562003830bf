using Spoke.Emulator.Http;
using Spoke.Emulator.Pipelines;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// <c>/crm/v3/pipelines/{objectType}/{pipelineId}/stages[/{stageId}]</c>: list, read, create, replace, update and archive
/// the stages of a pipeline. A stage records are in, or a pipeline's last stage, cannot be archived.
/// </summary>
internal static class PipelineStageEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var stages = routes.MapGroup("/crm/v3/pipelines/{objectType}/{pipelineId}/stages");
        stages.MapGet("", List).Requires(ScopeRequirement.ObjectRead);
        stages.MapPost("", CreateAsync).Requires(ScopeRequirement.ObjectWrite);
        stages.MapGet("/{stageId}", Get).Requires(ScopeRequirement.ObjectRead);
        stages.MapPut("/{stageId}", ReplaceAsync).Requires(ScopeRequirement.ObjectWrite);
        stages.MapPatch("/{stageId}", UpdateAsync).Requires(ScopeRequirement.ObjectWrite);
        stages.MapDelete("/{stageId}", Archive).Requires(ScopeRequirement.ObjectWrite);
    }

    private static Task List(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        var id = PipelineRoute.PipelineId(context);
        var body = state.Database.Read(() =>
        {
            var pipeline = PipelineRoute.Require(state.Database, type, id);
            return JsonResponse.Build(writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("results");
                foreach (var stage in pipeline.LiveStages)
                {
                    PipelineJson.WriteStage(writer, stage);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static Task Get(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        var (pipelineId, stageId) = (PipelineRoute.PipelineId(context), PipelineRoute.StageId(context));
        var body = state.Database.Read(() =>
        {
            var stage = PipelineRoute.RequireStage(PipelineRoute.Require(state.Database, type, pipelineId), stageId);
            return JsonResponse.Build(w => PipelineJson.WriteStage(w, stage));
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        var pipelineId = PipelineRoute.PipelineId(context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var input = PipelineInputReader.ReadWholeStage(document.RootElement, type);
        var body = state.Database.Write(write =>
        {
            var pipeline = PipelineRoute.Require(write.Database, type, pipelineId);
            PipelineRoute.RequireFreeStageLabel(pipeline, input.Label!, null);
            var stage = PipelineEndpoints.NewStage(write, input);
            pipeline.Stages.Add(stage);
            Changed(write, type, pipeline);
            return JsonResponse.Build(w => PipelineJson.WriteStage(w, stage));
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status201Created, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task ReplaceAsync(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        await ChangeAsync(context, state, type, PipelineInputReader.ReadWholeStage(document.RootElement, type)).ConfigureAwait(false);
    }

    private static async Task UpdateAsync(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        await ChangeAsync(context, state, type, PipelineInputReader.ReadStagePatch(document.RootElement, type)).ConfigureAwait(false);
    }

    private static Task ChangeAsync(HttpContext context, EmulatorState state, ObjectTypeDefinition type, PipelineInputReader.StageInput input)
    {
        var (pipelineId, stageId) = (PipelineRoute.PipelineId(context), PipelineRoute.StageId(context));
        var body = state.Database.Write(write =>
        {
            var pipeline = PipelineRoute.Require(write.Database, type, pipelineId);
            var stage = PipelineRoute.RequireStage(pipeline, stageId, includeArchived: input.Archived == false);
            PipelineRoute.RequireFreeStageLabel(pipeline, input.Label ?? stage.Label, stage);
            if (input.Archived == true)
            {
                ArchiveStage(write, type, pipeline, stage);
            }
            else if (input.Archived == false)
            {
                stage.ArchivedAt = null;
            }

            PipelineEndpoints.Apply(stage, input, write.Now);
            Changed(write, type, pipeline);
            return JsonResponse.Build(w => PipelineJson.WriteStage(w, stage));
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static void Archive(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        var (pipelineId, stageId) = (PipelineRoute.PipelineId(context), PipelineRoute.StageId(context));
        state.Database.Write(write =>
        {
            var pipeline = PipelineRoute.Require(write.Database, type, pipelineId);
            ArchiveStage(write, type, pipeline, PipelineRoute.RequireStage(pipeline, stageId));
        });
        JsonResponse.NoContent(context);
    }

    private static void ArchiveStage(WriteContext write, ObjectTypeDefinition type, Pipeline pipeline, PipelineStage stage)
    {
        if (pipeline.LiveStages.All(s => s == stage))
        {
            throw ApiProblem.Validation($"Stage {stage.Id} is the only stage of pipeline {pipeline.Id} and cannot be archived; add another stage first.");
        }

        PipelineRoute.RequireUnused(write.Database, type, pipeline, stage);
        stage.ArchivedAt = write.Now;
        stage.UpdatedAt = write.Now;
        Changed(write, type, pipeline);
    }

    private static void Changed(WriteContext write, ObjectTypeDefinition type, Pipeline pipeline)
    {
        pipeline.UpdatedAt = write.Now;
        pipeline.SortStages();
        write.PipelinesChanged(type);
    }
}
