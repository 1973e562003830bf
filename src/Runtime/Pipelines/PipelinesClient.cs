using System.Text.Json;
using Spoke.Http;

namespace Spoke.Pipelines;

/// <summary>
/// The pipelines of deals, tickets and custom objects, through <see cref="HubSpotClient.Pipelines"/>: read, create, change and
/// archive pipelines and their stages. Every call goes through the client's rate limiter, retries and errors; an unknown
/// pipeline or stage is a <see cref="HubSpotException"/> with <see cref="HubSpotException.Status"/> 404.
/// </summary>
/// <remarks>Every method is virtual: derive from this class with the protected constructor to fake it in tests.</remarks>
public partial class PipelinesClient
{
    private readonly HubSpotClient? _client;

    /// <summary>Creates a pipelines client for mocking: every member a derived test double does not override throws <see cref="InvalidOperationException"/>.</summary>
    protected PipelinesClient()
    {
    }

    internal PipelinesClient(HubSpotClient client) => _client = client;

    /// <summary>Reads the live pipelines of <typeparamref name="T"/>'s object type, each with its stages.</summary>
    /// <typeparam name="T">The generated record type, for example <c>Deal</c>.</typeparam>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pipelines in display order, their stages in display order.</returns>
    public virtual Task<IReadOnlyList<CrmPipeline>> ListAsync<T>(CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> => ListCoreAsync(T.ObjectType, cancellationToken);

    /// <summary>Reads the live pipelines of an object type, each with its stages.</summary>
    /// <param name="objectType">Deals, tickets, or a custom object with pipelines; another type is a <see cref="HubSpotException"/> (400).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pipelines in display order, their stages in display order.</returns>
    public virtual Task<IReadOnlyList<CrmPipeline>> ListAsync(CrmObjectType objectType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return ListCoreAsync(objectType, cancellationToken);
    }

    /// <summary>Reads one pipeline of <typeparamref name="T"/>'s object type with its stages.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="pipelineId">The pipeline id, for example <c>default</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="HubSpotException">404 when the object type has no live pipeline with that id.</exception>
    public virtual Task<CrmPipeline> GetAsync<T>(string pipelineId, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T> => GetAsync(T.ObjectType, pipelineId, cancellationToken);

    /// <summary>Reads one pipeline with its stages.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipelineId">The pipeline id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="HubSpotException">404 when the object type has no live pipeline with that id.</exception>
    public virtual async Task<CrmPipeline> GetAsync(CrmObjectType objectType, string pipelineId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var response = await SendAsync(HttpMethod.Get, PipelinePaths.Pipeline(objectType, ValidId(pipelineId, nameof(pipelineId))), RequestKind.Read, cancellationToken)
            .ConfigureAwait(false);
        return CrmPipelineReader.ReadPipeline(response.Content);
    }

    /// <summary>Creates a pipeline with its stages; HubSpot assigns the ids. Not retried once it may have reached HubSpot, as a repeat would create a second pipeline.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipeline">The label, display order and stages.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new pipeline with its ids.</returns>
    /// <exception cref="ArgumentException">The input has no stages, or a label is empty.</exception>
    /// <exception cref="HubSpotException">HubSpot refused it, for example a label another pipeline has (400).</exception>
    public virtual async Task<CrmPipeline> CreateAsync(CrmObjectType objectType, CrmPipelineInput pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var request = HubSpotRequest.WithJson(HttpMethod.Post, PipelinePaths.Pipelines(objectType), RequestKind.NonIdempotentWrite, writer => WritePipeline(writer, pipeline));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPipelineReader.ReadPipeline(response.Content);
    }

    /// <summary>
    /// Replaces a pipeline: its label, display order and whole list of stages. A stage whose label matches a current stage
    /// keeps that stage's id; current stages left out are archived, which HubSpot refuses while records are in them.
    /// </summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipelineId">The pipeline id.</param>
    /// <param name="pipeline">The new state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pipeline as HubSpot now has it.</returns>
    public virtual async Task<CrmPipeline> ReplaceAsync(CrmObjectType objectType, string pipelineId, CrmPipelineInput pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var path = PipelinePaths.Pipeline(objectType, ValidId(pipelineId, nameof(pipelineId)));
        var request = HubSpotRequest.WithJson(HttpMethod.Put, path, RequestKind.IdempotentWrite, writer => WritePipeline(writer, pipeline));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPipelineReader.ReadPipeline(response.Content);
    }

    /// <summary>Changes a pipeline's label or display order; what is <see langword="null"/> stays as it is.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipelineId">The pipeline id.</param>
    /// <param name="label">The new label, or <see langword="null"/>.</param>
    /// <param name="displayOrder">The new display order, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pipeline as HubSpot now has it.</returns>
    /// <exception cref="ArgumentException">Neither a label nor a display order was given.</exception>
    public virtual async Task<CrmPipeline> UpdateAsync(
        CrmObjectType objectType, string pipelineId, string? label = null, int? displayOrder = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var path = PipelinePaths.Pipeline(objectType, ValidId(pipelineId, nameof(pipelineId)));
        var request = HubSpotRequest.WithJson(HttpMethod.Patch, path, RequestKind.IdempotentWrite, writer => WriteChanges(writer, label, displayOrder, metadata: null));
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return CrmPipelineReader.ReadPipeline(response.Content);
    }

    /// <summary>Archives a pipeline. HubSpot refuses (400) while records are in it, or when it is the object's last pipeline.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="pipelineId">The pipeline id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when HubSpot has archived the pipeline.</returns>
    public virtual Task ArchiveAsync(CrmObjectType objectType, string pipelineId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return SendAsync(HttpMethod.Delete, PipelinePaths.Pipeline(objectType, ValidId(pipelineId, nameof(pipelineId))), RequestKind.IdempotentWrite, cancellationToken);
    }

    private HubSpotClient Client => _client ?? throw MockingErrors.NotOverridden(this);

    private async Task<IReadOnlyList<CrmPipeline>> ListCoreAsync(CrmObjectType objectType, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, PipelinePaths.Pipelines(objectType), RequestKind.Read, cancellationToken).ConfigureAwait(false);
        return CrmPipelineReader.ReadPipelines(response.Content);
    }

    private Task<HubSpotResponse> SendAsync(HttpMethod method, string path, RequestKind kind, CancellationToken cancellationToken) =>
        Client.SendCoreAsync(new HubSpotRequest(method, path, kind), cancellationToken);

    // "." and ".." would be resolved away by the URI and address another resource.
    private static string ValidId(string id, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, parameterName);
        return id is "." or ".."
            ? throw new ArgumentException($"'{id}' is not a pipeline or stage id; pass the id HubSpot assigned (ListAsync shows them).", parameterName)
            : id;
    }

    private static void WritePipeline(Utf8JsonWriter writer, CrmPipelineInput pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(pipeline.Stages, nameof(pipeline));
        if (pipeline.Stages.Count == 0)
        {
            throw new ArgumentException("A pipeline needs at least one stage; add a CrmPipelineStageInput to Stages.", nameof(pipeline));
        }

        writer.WriteStartObject();
        writer.WriteString("label", ValidLabel(pipeline.Label, nameof(pipeline)));
        writer.WriteNumber("displayOrder", pipeline.DisplayOrder);
        writer.WriteStartArray("stages");
        foreach (var stage in pipeline.Stages)
        {
            WriteStage(writer, stage);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStage(Utf8JsonWriter writer, CrmPipelineStageInput stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        writer.WriteStartObject();
        writer.WriteString("label", ValidLabel(stage.Label, nameof(stage)));
        writer.WriteNumber("displayOrder", stage.DisplayOrder);
        WriteMetadata(writer, stage.WireMetadata());
        writer.WriteEndObject();
    }

    private static void WriteChanges(Utf8JsonWriter writer, string? label, int? displayOrder, IReadOnlyDictionary<string, string>? metadata)
    {
        if (label is null && displayOrder is null && metadata is null)
        {
            throw new ArgumentException("Nothing to change: pass a label, a display order or metadata.", nameof(label));
        }

        writer.WriteStartObject();
        if (label is not null)
        {
            writer.WriteString("label", ValidLabel(label, nameof(label)));
        }

        if (displayOrder is { } order)
        {
            writer.WriteNumber("displayOrder", order);
        }

        if (metadata is not null)
        {
            WriteMetadata(writer, metadata);
        }

        writer.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> metadata)
    {
        writer.WriteStartObject("metadata");
        foreach (var (key, value) in metadata)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    private static string ValidLabel(string label, string parameterName) =>
        string.IsNullOrWhiteSpace(label) ? throw new ArgumentException("A pipeline or stage needs a non-empty label.", parameterName) : label;
}
