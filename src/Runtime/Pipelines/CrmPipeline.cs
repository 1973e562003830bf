namespace Spoke.Pipelines;

/// <summary>
/// One pipeline of deals, tickets or a custom object, as <c>GET /crm/v3/pipelines/{objectType}</c> returns it, with its live
/// stages in display order. A record is in a pipeline when its pipeline property (<c>pipeline</c> for deals, <c>hs_pipeline</c>
/// otherwise) holds the pipeline's <see cref="Id"/>.
/// </summary>
public sealed record CrmPipeline
{
    /// <summary>The id written to the record's pipeline property, for example <c>default</c> or <c>0</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The label users see in HubSpot, for example <c>Sales Pipeline</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Where HubSpot shows the pipeline among the object's pipelines.</summary>
    public int DisplayOrder { get; init; }

    /// <summary>Whether the pipeline is archived.</summary>
    public bool Archived { get; init; }

    /// <summary>The stages, in display order.</summary>
    public IReadOnlyList<CrmPipelineStage> Stages { get; init; } = [];

    /// <summary>When the pipeline was created, if HubSpot said.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the pipeline last changed, if HubSpot said.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Finds a stage of this pipeline by id (exactly) or, failing that, by label (ignoring case).</summary>
    /// <param name="idOrLabel">A stage id such as <c>closedwon</c>, or a label such as <c>Closed Won</c>.</param>
    /// <returns>The stage, or <see langword="null"/> when the pipeline has none with that id or label.</returns>
    public CrmPipelineStage? FindStage(string idOrLabel)
    {
        ArgumentNullException.ThrowIfNull(idOrLabel);
        return Stages.FirstOrDefault(stage => string.Equals(stage.Id, idOrLabel, StringComparison.Ordinal))
            ?? Stages.FirstOrDefault(stage => string.Equals(stage.Label, idOrLabel, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Reads pipelines from the body of <c>GET /crm/v3/pipelines/{objectType}</c> (<c>{"results":[...]}</c>), for example a
    /// <c>{objectType}.pipelines.json</c> snapshot that <c>spoke schema pull</c> wrote.
    /// </summary>
    /// <param name="pipelinesJson">The response body, UTF-8.</param>
    /// <returns>The pipelines in display order, their stages in display order.</returns>
    /// <exception cref="System.Text.Json.JsonException">The JSON is not a pipelines response.</exception>
    public static IReadOnlyList<CrmPipeline> FromPipelinesJson(ReadOnlySpan<byte> pipelinesJson) => CrmPipelineReader.ReadPipelines(pipelinesJson.ToArray());

    /// <summary>The property that holds a record's pipeline id: <c>pipeline</c> for deals, <c>hs_pipeline</c> for tickets and custom objects.</summary>
    /// <param name="objectType">The object type.</param>
    /// <returns>The property's wire name.</returns>
    public static string PipelinePropertyOf(CrmObjectType objectType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return objectType == CrmObjectType.Deals ? "pipeline" : "hs_pipeline";
    }

    /// <summary>The property that holds a record's stage id: <c>dealstage</c> for deals, <c>hs_pipeline_stage</c> for tickets and custom objects.</summary>
    /// <param name="objectType">The object type.</param>
    /// <returns>The property's wire name.</returns>
    public static string StagePropertyOf(CrmObjectType objectType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return objectType == CrmObjectType.Deals ? "dealstage" : "hs_pipeline_stage";
    }
}
