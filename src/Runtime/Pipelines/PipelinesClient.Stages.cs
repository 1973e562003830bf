using Spoke.Http;

namespace Spoke.Pipelines;

/// <summary>The stages of one pipeline: read, create, change and archive them.</summary>
public partial class PipelinesClient
{
    /// <summary>Reads the live stages of a pipeline.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipelineId">The pipeline id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stages in display order.</returns>
    /// <exception cref="HubSpotException">404 when the object type has no live pipeline with that id.</exception>
    public virtual async Task<IReadOnlyList<CrmPipelineStage>> ListStagesAsync(CrmObjectType objectType, string pipelineId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var response = await SendAsync(HttpMethod.Get, PipelinePaths.Stages(objectType, ValidId(pipelineId, nameof(pipelineId))), RequestKind.Read, cancellationToken)
            .ConfigureAwait(false);
        return CrmPipelineReader.ReadStages(response.Content);
    }

    /// <summary>Reads one stage of a pipeline.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipelineId">The pipeline id.</param>
    /// <param name="stageId">The stage id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="HubSpotException">404 when the pipeline does not exist or has no live stage with that id.</exception>
    public virtual async Task<CrmPipelineStage> GetStageAsync(CrmObjectType objectType, string pipelineId, string stageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var path = PipelinePaths.Stage(objectType, ValidId(pipelineId, nameof(pipelineId)), ValidId(stageId, nameof(stageId)));
        var response = await SendAsync(HttpMethod.Get, path, RequestKind.Read, cancellationToken).ConfigureAwait(false);
        return CrmPipelineReader.ReadStage(response.Content);
    }

    /// <summary>Adds a stage to a pipeline; HubSpot assigns its id. Not retried once it may have reached HubSpot.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipelineId">The pipeline id.</param>
    /// <param name="stage">The label, display order and metadata (a deal stage needs <see cref="CrmPipelineStageInput.Probability"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new stage with its id.</returns>
    public virtual async Task<CrmPipelineStage> CreateStageAsync(
        CrmObjectType objectType, string pipelineId, CrmPipelineStageInput stage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var path = PipelinePaths.Stages(objectType, ValidId(pipelineId, nameof(pipelineId)));
        var request = HubSpotRequest.WithJson(HttpMethod.Post, path, RequestKind.NonIdempotentWrite, writer => WriteStage(writer, stage));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPipelineReader.ReadStage(response.Content);
    }

    /// <summary>
    /// Changes a stage's label, display order or metadata; what is <see langword="null"/> stays as it is. Metadata, when
    /// given, replaces the stage's metadata as a whole (a deal stage's must still carry <c>probability</c>).
    /// </summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipelineId">The pipeline id.</param>
    /// <param name="stageId">The stage id.</param>
    /// <param name="label">The new label, or <see langword="null"/>.</param>
    /// <param name="displayOrder">The new display order, or <see langword="null"/>.</param>
    /// <param name="metadata">The new metadata, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stage as HubSpot now has it.</returns>
    /// <exception cref="ArgumentException">Nothing to change was given.</exception>
    public virtual async Task<CrmPipelineStage> UpdateStageAsync(
        CrmObjectType objectType,
        string pipelineId,
        string stageId,
        string? label = null,
        int? displayOrder = null,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var path = PipelinePaths.Stage(objectType, ValidId(pipelineId, nameof(pipelineId)), ValidId(stageId, nameof(stageId)));
        var request = HubSpotRequest.WithJson(HttpMethod.Patch, path, RequestKind.IdempotentWrite, writer => WriteChanges(writer, label, displayOrder, metadata));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPipelineReader.ReadStage(response.Content);
    }

    /// <summary>Archives a stage. HubSpot refuses (400) while records are in it, or when it is the pipeline's last stage.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipelineId">The pipeline id.</param>
    /// <param name="stageId">The stage id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has archived the stage.</returns>
    public virtual Task ArchiveStageAsync(CrmObjectType objectType, string pipelineId, string stageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var path = PipelinePaths.Stage(objectType, ValidId(pipelineId, nameof(pipelineId)), ValidId(stageId, nameof(stageId)));
        return SendAsync(HttpMethod.Delete, path, RequestKind.IdempotentWrite, cancellationToken);
    }
}
