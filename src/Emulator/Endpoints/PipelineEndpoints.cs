using Spoke.Emulator.Http;
using Spoke.Emulator.Pipelines;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// <c>/crm/v3/pipelines/{objectType}[/{pipelineId}]</c>: list, read, create, replace, update and archive pipelines of
/// deals, tickets and custom objects with pipeline properties. A pipeline records are in, or a type's last pipeline,
/// cannot be archived.
/// </summary>
internal static class PipelineEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var pipelines = routes.MapGroup("/crm/v3/pipelines/{objectType}");
        pipelines.MapGet("", List).Requires(ScopeRequirement.ObjectRead);
        pipelines.MapPost("", CreateAsync).Requires(ScopeRequirement.ObjectWrite);
        pipelines.MapGet("/{pipelineId}", Get).Requires(ScopeRequirement.ObjectRead);
        pipelines.MapPut("/{pipelineId}", ReplaceAsync).Requires(ScopeRequirement.ObjectWrite);
        pipelines.MapPatch("/{pipelineId}", UpdateAsync).Requires(ScopeRequirement.ObjectWrite);
        pipelines.MapDelete("/{pipelineId}", Archive).Requires(ScopeRequirement.ObjectWrite);
    }

    private static Task List(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        var body = state.Database.Read(() => JsonResponse.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var pipeline in state.Database.Pipelines.Live(type))
            {
                PipelineJson.Write(writer, pipeline);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static Task Get(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        var id = PipelineRoute.PipelineId(context);
        var body = state.Database.Read(() => JsonResponse.Build(w => PipelineJson.Write(w, PipelineRoute.Require(state.Database, type, id))));
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var input = PipelineInputReader.ReadWhole(document.RootElement, type);
        var body = state.Database.Write(write =>
        {
            PipelineRoute.RequireFreePipelineLabel(write.Database, type, input.Label!, null);
            var pipeline = new Pipeline(write.Database.Pipelines.NextId(), write.Now)
            {
                Label = input.Label!,
                DisplayOrder = input.DisplayOrder!.Value,
                Stages = [.. input.Stages!.Select(stage => NewStage(write, stage))],
            };
            pipeline.SortStages();
            write.Database.Pipelines.Add(type, pipeline);
            write.PipelinesChanged(type);
            return JsonResponse.Build(w => PipelineJson.Write(w, pipeline));
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status201Created, body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces label, display order and stages. An input stage labelled like a current stage (ignoring case) keeps that
    /// stage's id; current stages not kept are removed, which records in them forbid.
    /// </summary>
    private static async Task ReplaceAsync(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        var id = PipelineRoute.PipelineId(context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var input = PipelineInputReader.ReadWhole(document.RootElement, type);
        var body = state.Database.Write(write =>
        {
            var pipeline = PipelineRoute.Require(write.Database, type, id);
            PipelineRoute.RequireFreePipelineLabel(write.Database, type, input.Label!, pipeline);
            var current = pipeline.LiveStages.ToList();
            var plan = input.Stages!
                .Select(stage => (Input: stage, Match: current.Find(s => string.Equals(s.Label, stage.Label, StringComparison.OrdinalIgnoreCase))))
                .ToList();
            var removed = current.Where(stage => !plan.Exists(p => p.Match == stage)).ToList();
            foreach (var stage in removed)
            {
                PipelineRoute.RequireUnused(write.Database, type, pipeline, stage);
            }

            // Checked above, so from here nothing fails and the pipeline never changes halfway.
            foreach (var stage in removed)
            {
                stage.ArchivedAt = write.Now;
            }

            foreach (var (stageInput, match) in plan)
            {
                if (match is null)
                {
                    pipeline.Stages.Add(NewStage(write, stageInput));
                }
                else
                {
                    Apply(match, stageInput, write.Now);
                }
            }

            pipeline.Label = input.Label!;
            pipeline.DisplayOrder = input.DisplayOrder!.Value;
            pipeline.UpdatedAt = write.Now;
            pipeline.SortStages();
            write.PipelinesChanged(type);
            return JsonResponse.Build(w => PipelineJson.Write(w, pipeline));
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task UpdateAsync(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        var id = PipelineRoute.PipelineId(context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var input = PipelineInputReader.ReadPatch(document.RootElement);
        var body = state.Database.Write(write =>
        {
            var pipeline = PipelineRoute.Require(write.Database, type, id, includeArchived: input.Archived == false);
            PipelineRoute.RequireFreePipelineLabel(write.Database, type, input.Label ?? pipeline.Label, pipeline);
            if (input.Archived == true)
            {
                ArchivePipeline(write, type, pipeline);
            }
            else if (input.Archived == false)
            {
                pipeline.ArchivedAt = null;
            }

            pipeline.Label = input.Label ?? pipeline.Label;
            pipeline.DisplayOrder = input.DisplayOrder ?? pipeline.DisplayOrder;
            pipeline.UpdatedAt = write.Now;
            write.PipelinesChanged(type);
            return JsonResponse.Build(w => PipelineJson.Write(w, pipeline));
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static void Archive(HttpContext context, EmulatorState state)
    {
        var type = PipelineRoute.TypeOf(state, context);
        var id = PipelineRoute.PipelineId(context);
        state.Database.Write(write => ArchivePipeline(write, type, PipelineRoute.Require(write.Database, type, id)));
        JsonResponse.NoContent(context);
    }

    private static void ArchivePipeline(WriteContext write, ObjectTypeDefinition type, Pipeline pipeline)
    {
        if (write.Database.Pipelines.Live(type).All(p => p == pipeline))
        {
            throw ApiProblem.Validation($"Pipeline {pipeline.Id} is the only pipeline of {type.Name} and cannot be archived; create another one first.");
        }

        var count = PipelineRoute.RecordsIn(write.Database, type, pipeline.Id);
        if (count > 0)
        {
            throw new ApiProblem(400, ErrorCategories.Validation,
                $"Pipeline {pipeline.Id} (\"{pipeline.Label}\") cannot be archived: {count} {type.Name} are in it. Move them to another pipeline first.")
            {
                SubCategory = "PipelineError.PIPELINE_IN_USE",
                Context = new Dictionary<string, IReadOnlyList<string>> { ["pipelineId"] = [pipeline.Id] },
            };
        }

        pipeline.ArchivedAt = write.Now;
        pipeline.UpdatedAt = write.Now;
        write.PipelinesChanged(type);
    }

    /// <summary>A new stage with a fresh id from the pipelines' id sequence.</summary>
    public static PipelineStage NewStage(WriteContext write, PipelineInputReader.StageInput input) =>
        new(write.Database.Pipelines.NextId(), write.Now)
        {
            Label = input.Label!,
            DisplayOrder = input.DisplayOrder!.Value,
            Metadata = input.Metadata!,
        };

    /// <summary>Applies the members a stage input carries.</summary>
    public static void Apply(PipelineStage stage, PipelineInputReader.StageInput input, DateTimeOffset now)
    {
        stage.Label = input.Label ?? stage.Label;
        stage.DisplayOrder = input.DisplayOrder ?? stage.DisplayOrder;
        stage.Metadata = input.Metadata ?? stage.Metadata;
        stage.UpdatedAt = now;
    }
}
