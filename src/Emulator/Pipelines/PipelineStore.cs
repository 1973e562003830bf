using System.Globalization;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Pipelines;

/// <summary>
/// The account's pipelines, archived ones included, for each object type that has pipeline properties
/// (<see cref="PipelineProperties"/>); starts with HubSpot's defaults. Changed only under the database's write lock.
/// Created pipelines and stages take ids from their own sequence, far above the seeded ticket stages <c>1</c>–<c>4</c>, so
/// a new id never names a seeded pipeline or stage, whatever the record id counter is at.
/// </summary>
internal sealed class PipelineStore
{
    /// <summary>The last id before the first one handed out; HubSpot's own created pipeline and stage ids are numbers of this size.</summary>
    private const long IdBase = 100_000_000;

    private readonly Dictionary<string, List<Pipeline>> byTypeId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> defaultIdByTypeId = new(StringComparer.Ordinal);
    private long lastId = IdBase;

    public PipelineStore(SchemaCatalog schema, DateTimeOffset createdAt)
    {
        foreach (var type in schema.Types.Where(t => PipelineProperties.Of(t) is not null))
        {
            byTypeId[type.TypeId] = DefaultPipelines.For(type.Name, createdAt);
            defaultIdByTypeId[type.TypeId] = DefaultPipelines.DefaultIdFor(type.Name);
        }
    }

    /// <summary>Whether records of the type are placed in pipelines.</summary>
    public bool Supports(ObjectTypeDefinition type) => byTypeId.ContainsKey(type.TypeId);

    /// <summary>Every pipeline of a type, archived ones included (empty for a type without pipelines).</summary>
    public IReadOnlyList<Pipeline> All(ObjectTypeDefinition type) => byTypeId.GetValueOrDefault(type.TypeId) ?? [];

    /// <summary>The live pipelines of a type in display order (ties by id).</summary>
    public IEnumerable<Pipeline> Live(ObjectTypeDefinition type) =>
        All(type).Where(p => !p.IsArchived).OrderBy(p => p.DisplayOrder).ThenBy(p => p.Id, StringComparer.Ordinal);

    public Pipeline? FindLive(ObjectTypeDefinition type, string id) => All(type).FirstOrDefault(p => !p.IsArchived && p.Id == id);

    /// <summary>
    /// The pipeline a record goes to when it names none: the type's seeded default while it is live, else the first
    /// live pipeline.
    /// </summary>
    public Pipeline? Default(ObjectTypeDefinition type) =>
        defaultIdByTypeId.TryGetValue(type.TypeId, out var id) && FindLive(type, id) is { } seeded ? seeded : Live(type).FirstOrDefault();

    /// <summary>The id of a new pipeline or stage; call only under the database's write lock.</summary>
    public string NextId() => (++lastId).ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds a pipeline to a type that supports pipelines.</summary>
    public void Add(ObjectTypeDefinition type, Pipeline pipeline) => byTypeId[type.TypeId].Add(pipeline);

    /// <summary>Replaces a type's pipelines with those restored from a data file.</summary>
    public void Restore(ObjectTypeDefinition type, List<Pipeline> pipelines)
    {
        if (!Supports(type))
        {
            return;
        }

        byTypeId[type.TypeId] = pipelines;
        foreach (var id in pipelines.SelectMany(p => p.Stages.Select(s => s.Id).Prepend(p.Id)))
        {
            if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                lastId = Math.Max(lastId, number);
            }
        }
    }
}
