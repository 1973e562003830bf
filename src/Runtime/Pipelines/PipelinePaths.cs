using Spoke.Http;

namespace Spoke.Pipelines;

/// <summary>The relative, escaped paths of HubSpot's pipelines API.</summary>
internal static class PipelinePaths
{
    /// <summary><c>crm/v3/pipelines/{objectType}</c>.</summary>
    public static string Pipelines(CrmObjectType type) => $"crm/v3/pipelines/{CrmPaths.ObjectSegment(type)}";

    /// <summary><c>crm/v3/pipelines/{objectType}/{pipelineId}</c>.</summary>
    public static string Pipeline(CrmObjectType type, string pipelineId) => $"{Pipelines(type)}/{PathSegment.Escape(pipelineId)}";

    /// <summary><c>crm/v3/pipelines/{objectType}/{pipelineId}/stages</c>.</summary>
    public static string Stages(CrmObjectType type, string pipelineId) => $"{Pipeline(type, pipelineId)}/stages";

    /// <summary><c>crm/v3/pipelines/{objectType}/{pipelineId}/stages/{stageId}</c>.</summary>
    public static string Stage(CrmObjectType type, string pipelineId, string stageId) => $"{Stages(type, pipelineId)}/{PathSegment.Escape(stageId)}";
}
