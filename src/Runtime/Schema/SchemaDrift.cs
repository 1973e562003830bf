using Spoke.Pipelines;

namespace Spoke.Schema;

/// <summary>The differences between an object type's live schema and the schema the code was generated from.</summary>
/// <param name="ObjectType">The object type compared.</param>
/// <param name="Differences">Every difference, ordered by property name.</param>
public sealed record SchemaDrift(CrmObjectType ObjectType, IReadOnlyList<SchemaDifference> Differences)
{
    private const string EnumerationType = "enumeration";

    /// <summary>Whether the live schema differs at all.</summary>
    public bool HasDrift => Differences.Count > 0;

    /// <summary>Whether a difference can break generated code; regenerate the snapshot (<c>spoke schema pull</c>) when it does.</summary>
    public bool HasBreakingChanges => Differences.Any(static difference => difference.IsBreaking);

    /// <summary>Compares the schema the code expects with the live one.</summary>
    /// <param name="expected">The schema the code was generated from.</param>
    /// <param name="live">The account's schema now.</param>
    /// <returns>The differences.</returns>
    public static SchemaDrift Compare(CrmObjectSchema expected, CrmObjectSchema live)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(live);
        var differences = new List<SchemaDifference>();
        foreach (var property in expected.Properties)
        {
            if (live.Find(property.Name) is not { } current)
            {
                differences.Add(new SchemaDifference(SchemaDifferenceKind.PropertyRemoved, property.Name, Expected: property.Type));
                continue;
            }

            if (!string.Equals(property.Type, current.Type, StringComparison.Ordinal))
            {
                differences.Add(new SchemaDifference(SchemaDifferenceKind.TypeChanged, property.Name, property.Type, current.Type));
            }
            else if (!string.Equals(property.FieldType, current.FieldType, StringComparison.Ordinal))
            {
                differences.Add(new SchemaDifference(SchemaDifferenceKind.FieldTypeChanged, property.Name, property.FieldType, current.FieldType));
            }

            if (IsReadOnly(property) != IsReadOnly(current))
            {
                differences.Add(new SchemaDifference(IsReadOnly(current) ? SchemaDifferenceKind.BecameReadOnly : SchemaDifferenceKind.BecameWritable, property.Name));
            }

            // Generated code depends only on the options it knows: bools (and true/false enumerations generated as bools)
            // carry options of their own that no generated member uses.
            if (property.Type != EnumerationType || current.Type != EnumerationType || property.Options.Count == 0)
            {
                continue;
            }

            var liveOptions = current.Options.Select(static option => option.Value).ToHashSet(StringComparer.Ordinal);
            var knownOptions = property.Options.Select(static option => option.Value).ToHashSet(StringComparer.Ordinal);
            differences.AddRange(knownOptions.Where(value => !liveOptions.Contains(value)).Order(StringComparer.Ordinal)
                .Select(value => new SchemaDifference(SchemaDifferenceKind.OptionRemoved, property.Name, Expected: value)));
            differences.AddRange(liveOptions.Where(value => !knownOptions.Contains(value)).Order(StringComparer.Ordinal)
                .Select(value => new SchemaDifference(SchemaDifferenceKind.OptionAdded, property.Name, Actual: value)));
            differences.AddRange(Relabelled(property, current));
        }

        differences.AddRange(live.Properties.Where(property => expected.Find(property.Name) is null)
            .Select(property => new SchemaDifference(SchemaDifferenceKind.PropertyAdded, property.Name, Actual: property.Type)));
        return new SchemaDrift(live.ObjectType, [.. differences.OrderBy(static d => d.PropertyName, StringComparer.Ordinal).ThenBy(static d => d.Kind)]);
    }

    /// <summary>
    /// Compares the pipelines the code expects with the live ones: pipelines and stages removed (archived ones count as removed),
    /// added or relabelled, matched by id.
    /// </summary>
    /// <param name="objectType">The object type the pipelines belong to.</param>
    /// <param name="expected">The pipelines the code was generated from.</param>
    /// <param name="live">The account's pipelines now.</param>
    /// <returns>The differences, ordered by pipeline and stage.</returns>
    public static SchemaDrift ComparePipelines(CrmObjectType objectType, IReadOnlyList<CrmPipeline> expected, IReadOnlyList<CrmPipeline> live)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(live);
        var pipelineProperty = CrmPipeline.PipelinePropertyOf(objectType);
        var stageProperty = CrmPipeline.StagePropertyOf(objectType);
        var before = LiveById(expected);
        var after = LiveById(live);
        var differences = new List<SchemaDifference>();
        foreach (var (id, old) in before)
        {
            if (!after.TryGetValue(id, out var current))
            {
                differences.Add(new SchemaDifference(SchemaDifferenceKind.PipelineRemoved, pipelineProperty, Expected: old.Label) { PipelineId = id });
                continue;
            }

            if (!string.Equals(old.Label, current.Label, StringComparison.Ordinal))
            {
                differences.Add(new SchemaDifference(SchemaDifferenceKind.PipelineRelabelled, pipelineProperty, old.Label, current.Label) { PipelineId = id });
            }

            differences.AddRange(CompareStages(id, stageProperty, old, current));
        }

        differences.AddRange(after.Where(pipeline => !before.ContainsKey(pipeline.Key))
            .Select(pipeline => new SchemaDifference(SchemaDifferenceKind.PipelineAdded, pipelineProperty, Actual: pipeline.Value.Label) { PipelineId = pipeline.Key }));
        return new SchemaDrift(objectType, [.. differences
            .OrderBy(static d => d.PipelineId, StringComparer.Ordinal).ThenBy(static d => d.StageId, StringComparer.Ordinal).ThenBy(static d => d.Kind)]);
    }

    private static IEnumerable<SchemaDifference> CompareStages(string pipelineId, string stageProperty, CrmPipeline expected, CrmPipeline live)
    {
        var before = LiveById(expected.Stages);
        var after = LiveById(live.Stages);
        foreach (var (id, old) in before)
        {
            if (!after.TryGetValue(id, out var current))
            {
                yield return new SchemaDifference(SchemaDifferenceKind.StageRemoved, stageProperty, Expected: old.Label) { PipelineId = pipelineId, StageId = id };
            }
            else if (!string.Equals(old.Label, current.Label, StringComparison.Ordinal))
            {
                yield return new SchemaDifference(SchemaDifferenceKind.StageRelabelled, stageProperty, old.Label, current.Label) { PipelineId = pipelineId, StageId = id };
            }
        }

        foreach (var (id, added) in after.Where(stage => !before.ContainsKey(stage.Key)))
        {
            yield return new SchemaDifference(SchemaDifferenceKind.StageAdded, stageProperty, Actual: added.Label) { PipelineId = pipelineId, StageId = id };
        }
    }

    private static SortedDictionary<string, CrmPipeline> LiveById(IEnumerable<CrmPipeline> pipelines) =>
        new(pipelines.Where(static p => !p.Archived).DistinctBy(static p => p.Id, StringComparer.Ordinal).ToDictionary(static p => p.Id, StringComparer.Ordinal), StringComparer.Ordinal);

    private static SortedDictionary<string, CrmPipelineStage> LiveById(IEnumerable<CrmPipelineStage> stages) =>
        new(stages.Where(static s => !s.Archived).DistinctBy(static s => s.Id, StringComparer.Ordinal).ToDictionary(static s => s.Id, StringComparer.Ordinal), StringComparer.Ordinal);

    // A calculated property is as read-only as one HubSpot marks readOnlyValue: the generator leaves both out of the input type.
    private static bool IsReadOnly(CrmProperty property) => property.ReadOnlyValue || property.Calculated;

    private static IEnumerable<SchemaDifference> Relabelled(CrmProperty expected, CrmProperty live)
    {
        var liveLabels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in live.Options)
        {
            liveLabels.TryAdd(option.Value, option.Label);
        }

        return expected.Options
            .DistinctBy(static option => option.Value, StringComparer.Ordinal)
            .Where(option => liveLabels.TryGetValue(option.Value, out var label) && !string.Equals(label, option.Label, StringComparison.Ordinal))
            .OrderBy(static option => option.Value, StringComparer.Ordinal)
            .Select(option => new SchemaDifference(SchemaDifferenceKind.OptionRelabelled, expected.Name, option.Label, liveLabels[option.Value], option.Value));
    }

    /// <inheritdoc />
    public override string ToString() => HasDrift
        ? $"{ObjectType.Name}: {Differences.Count} difference(s) from the generated schema: {string.Join("; ", Differences)}"
        : $"{ObjectType.Name}: matches the generated schema";
}
