using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Pipelines;

/// <summary>
/// The two properties that place a record in a pipeline: <c>pipeline</c> and <c>dealstage</c> on deals,
/// <c>hs_pipeline</c> and <c>hs_pipeline_stage</c> on tickets and on any other type that has both (custom objects with
/// pipelines). Contacts and companies carry <c>hs_pipeline</c> alone (lifecycle) and have no pipelines here.
/// </summary>
internal sealed record PipelineProperties(string Pipeline, string Stage)
{
    private static readonly PipelineProperties Deals = new("pipeline", "dealstage");
    private static readonly PipelineProperties Generic = new("hs_pipeline", "hs_pipeline_stage");

    /// <summary>The type's pipeline properties, or <see langword="null"/> when its records are in no pipeline.</summary>
    public static PipelineProperties? Of(ObjectTypeDefinition type)
    {
        var candidate = type.Name == "deals" ? Deals : Generic;
        return type.Properties.ContainsKey(candidate.Pipeline) && type.Properties.ContainsKey(candidate.Stage) ? candidate : null;
    }
}
