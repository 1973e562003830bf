using Spoke.Generator.Naming;
using Spoke.Pipelines;
using Spoke.Schema;

namespace Spoke.Cli.Schema.Diff;

/// <summary>
/// What changed between two sets of snapshots, in one report: the account's changes from the runtime's one schema comparison
/// (<see cref="SchemaDrift.Compare"/>), and the generated names that change with them from the generator's own naming code
/// (<see cref="SchemaNaming.Compare"/>). A line is breaking when the runtime says generated code may fail with the new schema,
/// or when a generated name that existed is gone, renamed, retyped or now stands for something else; so "not breaking" always
/// means code compiled against the old snapshots still compiles, with the same meaning. Pipelines are compared
/// (<see cref="SchemaDrift.ComparePipelines"/>) for objects whose pipelines both sides hold; a removed pipeline or stage is breaking.
/// </summary>
internal static class SchemaDiff
{
    /// <summary>Lists every change, ordered by object type and property.</summary>
    public static IReadOnlyList<DiffEntry> Compare(
        IReadOnlyDictionary<string, CrmObjectSchema> before,
        IReadOnlyDictionary<string, CrmObjectSchema> after,
        IReadOnlyList<NameChange> nameChanges,
        IReadOnlyDictionary<string, IReadOnlyList<CrmPipeline>>? pipelinesBefore = null,
        IReadOnlyDictionary<string, IReadOnlyList<CrmPipeline>>? pipelinesAfter = null)
    {
        var names = nameChanges.ToLookup(static change => (change.ObjectName, change.PropertyName, change.OptionValue));
        var attached = new HashSet<NameChange>();
        var entries = new List<DiffEntry>();

        DiffEntry WithNames(DiffEntry entry, string? optionValue)
        {
            var related = names[(entry.ObjectName, entry.PropertyName, optionValue)].Where(attached.Add).ToList();
            var detail = string.Concat(entry.Detail, string.Concat(related.Where(static change => !RestatesTheSchema(change.Kind)).Select(static change => $" ({change.Description})")));
            return entry with { Detail = detail, IsBreaking = entry.IsBreaking || related.Exists(static change => change.IsBreaking) };
        }

        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            switch (before.GetValueOrDefault(name), after.GetValueOrDefault(name))
            {
                case (null, { } added):
                    entries.Add(WithNames(new DiffEntry(name, null, "object added", $"{added.Properties.Count} properties", IsBreaking: false), null));
                    break;
                case ({ } removed, null):
                    entries.Add(WithNames(new DiffEntry(name, null, "object removed", $"{removed.Properties.Count} properties", IsBreaking: true), null));
                    break;
                case ({ } old, { } current):
                    foreach (var difference in SchemaDrift.Compare(old, current).Differences)
                    {
                        entries.Add(WithNames(Describe(name, difference, old, current), OptionOf(difference)));
                    }

                    break;
            }
        }

        foreach (var (name, oldPipelines) in pipelinesBefore ?? new Dictionary<string, IReadOnlyList<CrmPipeline>>())
        {
            if (pipelinesAfter?.GetValueOrDefault(name) is { } currentPipelines)
            {
                entries.AddRange(SchemaDrift.ComparePipelines(SnapshotSchemas.ObjectTypeOf(name), oldPipelines, currentPipelines).Differences
                    .Select(difference => DescribePipeline(name, difference)));
            }
        }

        // Names that moved without a schema change of their own (a relabel, the hs_ rule, a sibling's new name, a record name).
        entries.AddRange(nameChanges.Where(change => !attached.Contains(change))
            .Select(change => new DiffEntry(change.ObjectName, change.PropertyName, Label(change.Kind), change.Description, change.IsBreaking)));
        return [.. entries.OrderBy(static entry => entry.ObjectName, StringComparer.Ordinal).ThenBy(static entry => entry.PropertyName ?? string.Empty, StringComparer.Ordinal)];
    }

    private static string? OptionOf(SchemaDifference difference) => difference.Kind switch
    {
        SchemaDifferenceKind.OptionAdded => difference.Actual,
        SchemaDifferenceKind.OptionRemoved => difference.Expected,
        SchemaDifferenceKind.OptionRelabelled => difference.OptionValue,
        _ => null,
    };

    private static DiffEntry Describe(string objectName, SchemaDifference difference, CrmObjectSchema before, CrmObjectSchema after)
    {
        var name = difference.PropertyName;
        var (label, detail) = difference.Kind switch
        {
            SchemaDifferenceKind.PropertyAdded => ("property added", Shape(after.Find(name))),
            SchemaDifferenceKind.PropertyRemoved => ("property removed", Shape(before.Find(name))),
            SchemaDifferenceKind.TypeChanged => ("type changed", $"{Shape(before.Find(name))} -> {Shape(after.Find(name))}"),
            SchemaDifferenceKind.FieldTypeChanged => ("field type changed", $"{Shape(before.Find(name))} -> {Shape(after.Find(name))}"),
            SchemaDifferenceKind.BecameReadOnly => ("now read-only", "writable -> read-only"),
            SchemaDifferenceKind.BecameWritable => ("now writable", "read-only -> writable"),
            SchemaDifferenceKind.OptionAdded => ("option added", $"\"{difference.Actual}\" ({OptionLabel(after.Find(name), difference.Actual)})"),
            SchemaDifferenceKind.OptionRemoved => ("option removed", $"\"{difference.Expected}\" ({OptionLabel(before.Find(name), difference.Expected)})"),
            _ => ("option relabelled", $"\"{difference.OptionValue}\": \"{difference.Expected}\" -> \"{difference.Actual}\""),
        };
        return new DiffEntry(objectName, name, label, detail, difference.IsBreaking);
    }

    private static DiffEntry DescribePipeline(string objectName, SchemaDifference difference)
    {
        var pipeline = $"pipeline \"{difference.PipelineId}\"";
        var stage = $"{pipeline} stage \"{difference.StageId}\"";
        var (label, detail) = difference.Kind switch
        {
            SchemaDifferenceKind.PipelineAdded => ("pipeline added", $"{pipeline} (\"{difference.Actual}\")"),
            SchemaDifferenceKind.PipelineRemoved => ("pipeline removed", $"{pipeline} (\"{difference.Expected}\")"),
            SchemaDifferenceKind.PipelineRelabelled => ("pipeline relabelled", $"{pipeline}: \"{difference.Expected}\" -> \"{difference.Actual}\""),
            SchemaDifferenceKind.StageAdded => ("stage added", $"{stage} (\"{difference.Actual}\")"),
            SchemaDifferenceKind.StageRemoved => ("stage removed", $"{stage} (\"{difference.Expected}\")"),
            _ => ("stage relabelled", $"{stage}: \"{difference.Expected}\" -> \"{difference.Actual}\""),
        };
        return new DiffEntry(objectName, difference.PropertyName, label, detail, difference.IsBreaking);
    }

    private static string Shape(CrmProperty? property) => property is null ? string.Empty : $"{property.Type}/{property.FieldType}";

    private static string OptionLabel(CrmProperty? property, string? value) =>
        property?.Options.FirstOrDefault(option => string.Equals(option.Value, value, StringComparison.Ordinal))?.Label ?? string.Empty;

    // Name changes that say what the schema line already says (an added property adds a member); only their verdict counts.
    private static bool RestatesTheSchema(NameChangeKind kind) => kind
        is NameChangeKind.ObjectAdded or NameChangeKind.ObjectRemoved
        or NameChangeKind.PropertyAdded or NameChangeKind.PropertyRemoved
        or NameChangeKind.OptionAdded or NameChangeKind.OptionRemoved
        or NameChangeKind.BecameReadOnly or NameChangeKind.BecameWritable;

    private static string Label(NameChangeKind kind) => kind switch
    {
        NameChangeKind.RecordRenamed => "record renamed",
        NameChangeKind.PropertyRenamed => "member renamed",
        NameChangeKind.ValueTypeChanged => "C# type changed",
        NameChangeKind.EnumRenamed => "enum renamed",
        NameChangeKind.OptionRenamed => "option renamed",
        NameChangeKind.NameReassigned => "name reassigned",
        NameChangeKind.ObjectAdded => "object added",
        NameChangeKind.ObjectRemoved => "object removed",
        NameChangeKind.PropertyAdded => "property added",
        NameChangeKind.PropertyRemoved => "property removed",
        NameChangeKind.OptionAdded => "option added",
        NameChangeKind.OptionRemoved => "option removed",
        NameChangeKind.BecameReadOnly => "now read-only",
        NameChangeKind.BecameWritable => "now writable",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown name change kind."),
    };
}
