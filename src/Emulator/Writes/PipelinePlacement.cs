using Spoke.Emulator.Pipelines;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Writes;

/// <summary>
/// Holds a record's pipeline and stage to the account's pipelines, as HubSpot does: the pipeline is a live pipeline of
/// the type (its default one when a new record names a stage but no pipeline), and the stage a live stage of that
/// pipeline, also when only the pipeline changes.
/// </summary>
internal static class PipelinePlacement
{
    /// <summary>Checks (and on create completes) the values about to be written; adds what is wrong to <paramref name="errors"/>.</summary>
    public static void Check(ObjectTypeDefinition type, PipelineStore pipelines, Dictionary<string, string?> values, CrmRecord? existing, List<PropertyValueError> errors)
    {
        if (!pipelines.Supports(type) || PipelineProperties.Of(type) is not { } names)
        {
            return;
        }

        var writesPipeline = values.TryGetValue(names.Pipeline, out var pipelineId);
        var writesStage = values.TryGetValue(names.Stage, out var stageId);
        if (!writesPipeline && !writesStage)
        {
            return;
        }

        pipelineId = writesPipeline ? pipelineId : existing?.Get(names.Pipeline);
        stageId = writesStage ? stageId : existing?.Get(names.Stage);
        Pipeline? pipeline;
        if (pipelineId is null)
        {
            if (stageId is null)
            {
                return;
            }

            pipeline = pipelines.Default(type);
            if (pipeline is null)
            {
                errors.Add(new PropertyValueError(names.Pipeline, "INVALID_OPTION", $"{type.Name} have no pipeline; create one with POST /crm/v3/pipelines/{type.Name} first."));
                return;
            }

            values[names.Pipeline] = pipeline.Id;
        }
        else
        {
            pipeline = pipelines.FindLive(type, pipelineId);
            if (pipeline is null)
            {
                errors.Add(NotAllowed(names.Pipeline, pipelineId, pipelines.Live(type).Select(p => p.Id)));
                return;
            }
        }

        if (stageId is not null && pipeline.FindLiveStage(stageId) is null)
        {
            errors.Add(NotAllowed(names.Stage, stageId, pipeline.LiveStages.Select(s => s.Id), $" (the stages of pipeline {pipeline.Id}, \"{pipeline.Label}\")"));
        }
    }

    private static PropertyValueError NotAllowed(string property, string value, IEnumerable<string> allowed, string where = "") =>
        new(property, "INVALID_OPTION", $"{value} was not one of the allowed options: [{string.Join(", ", allowed)}]{where}");
}
