using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Model;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Mapping;

/// <summary>
/// Builds the models of every object type together, in one namespace scope that hands out every generated type name (records,
/// inputs, fields, enums, extensions), so no two types can share a name, ignoring case. The type names spoke.json chooses are
/// promised first; then HubSpot's objects are named, then custom objects by type id (oldest first), each with its picklist enums;
/// a second snapshot of an object type is left out. An object's pipelines snapshot gives its stage property the stages as
/// options before it is named, and its pipelines class is named last.
/// </summary>
internal static class AccountModelBuilder
{
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static AccountModel Build(ImmutableArray<ObjectInputSpec> objects, ImmutableArray<ObjectPipelinesSchemaSpec> pipelines, GeneratorOptionsSpec options, CancellationToken cancellationToken)
    {
        var ordered = new List<ObjectInputSpec>(objects);
        ordered.Sort(static (left, right) => NamingOrder(left.Schema, right.Schema));
        var typeNames = new NameScope(StringComparer.OrdinalIgnoreCase);
        var described = new Dictionary<string, ObjectSchemaSpec>(StringComparer.Ordinal);
        var kept = new List<ObjectInputSpec>(ordered.Count);
        var issues = new List<NamingIssue>();
        foreach (var item in ordered)
        {
            if (described.TryGetValue(item.Schema.TypeId, out var first))
            {
                issues.Add(Duplicate(item.Schema, first));
                continue;
            }

            described.Add(item.Schema.TypeId, item.Schema);
            kept.Add(item);
        }

        var pipelinesOf = MatchPipelines(kept, pipelines, issues);
        foreach (var item in kept)
        {
            ObjectModelBuilder.PromiseChosenTypeNames(item, typeNames);
        }

        var specs = new List<ObjectSpec>(kept.Count);
        foreach (var item in kept)
        {
            specs.Add(ObjectModelBuilder.Build(item, typeNames, options, issues, cancellationToken));
        }

        // Pipelines classes are named after every object's types, so adding a pipelines snapshot never renames a record or enum.
        var pipelineSpecs = new List<PipelinesSpec>(pipelinesOf.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            if (pipelinesOf.TryGetValue(spec.TypeId, out var objectPipelines)
                && PipelineModelBuilder.Build(spec, objectPipelines, kept[i].Overrides, typeNames, issues) is { } pipelineSpec)
            {
                pipelineSpecs.Add(pipelineSpec);
            }
        }

        return new AccountModel(specs.ToEquatableArray(), pipelineSpecs.ToEquatableArray(), issues.ToEquatableArray());
    }

    // Ties each pipelines snapshot to the object type it is named after (API name or type id), and gives that object's stage
    // property the stages as options; replaces the object in kept. Returns the pipelines by object type id.
    private static Dictionary<string, ObjectPipelinesSchemaSpec> MatchPipelines(List<ObjectInputSpec> kept, ImmutableArray<ObjectPipelinesSchemaSpec> pipelines, List<NamingIssue> issues)
    {
        var ordered = new List<ObjectPipelinesSchemaSpec>(pipelines);
        ordered.Sort(static (left, right) =>
        {
            var order = FolderDepth(left.SnapshotPath).CompareTo(FolderDepth(right.SnapshotPath));
            return order != 0 ? order : string.CompareOrdinal(left.SnapshotPath, right.SnapshotPath);
        });
        var matched = new Dictionary<string, ObjectPipelinesSchemaSpec>(StringComparer.Ordinal);
        foreach (var item in ordered)
        {
            var index = kept.FindIndex(candidate =>
                string.Equals(candidate.Schema.ObjectName, item.ObjectName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.Schema.TypeId, item.ObjectName, StringComparison.Ordinal));
            if (index < 0)
            {
                issues.Add(StagePropertyMerger.NotGenerated(
                    item,
                    "no generated object type is named '" + item.ObjectName + "'",
                    "Add the object's properties snapshot (spoke schema pull), or remove the pipelines snapshot if spoke.json excludes the object type."));
                continue;
            }

            var schema = kept[index].Schema;
            if (matched.TryGetValue(schema.TypeId, out var first))
            {
                issues.Add(new NamingIssue(
                    DiagnosticCatalogue.DuplicateSnapshot.Id,
                    item.SnapshotPath,
                    "$",
                    PropertyName: null,
                    new EquatableArray<string>(new[] { item.SnapshotName, "$", schema.ObjectName, schema.TypeId, first.SnapshotName, "$" })));
                continue;
            }

            if (StagePropertyMerger.Merge(kept[index], item, issues) is { } merged)
            {
                matched.Add(schema.TypeId, item);
                kept[index] = merged;
            }
        }

        return matched;
    }

    private static NamingIssue Duplicate(ObjectSchemaSpec ignored, ObjectSchemaSpec kept) => new(
        DiagnosticCatalogue.DuplicateSnapshot.Id,
        ignored.SnapshotPath,
        ignored.JsonPath,
        PropertyName: null,
        new EquatableArray<string>(new[] { ignored.SnapshotPath, ignored.JsonPath, ignored.ObjectName, ignored.TypeId, kept.SnapshotPath, kept.JsonPath }));

    // HubSpot's objects before custom ones, then by type id number (oldest first); of two snapshots of one object type, the one
    // in the shallowest folder, then the first by path and position, so the choice does not depend on the order files arrive in.
    private static int NamingOrder(ObjectSchemaSpec left, ObjectSchemaSpec right)
    {
        var order = left.IsCustom.CompareTo(right.IsCustom);
        order = order != 0 ? order : TypeIdNumber(left.TypeId).CompareTo(TypeIdNumber(right.TypeId));
        order = order != 0 ? order : string.CompareOrdinal(left.TypeId, right.TypeId);
        order = order != 0 ? order : FolderDepth(left.SnapshotPath).CompareTo(FolderDepth(right.SnapshotPath));
        order = order != 0 ? order : string.CompareOrdinal(left.SnapshotPath, right.SnapshotPath);
        order = order != 0 ? order : left.JsonPath.Length.CompareTo(right.JsonPath.Length);
        return order != 0 ? order : string.CompareOrdinal(left.JsonPath, right.JsonPath);
    }

    private static long TypeIdNumber(string typeId)
    {
        var dash = typeId.IndexOf('-');
        return long.TryParse(typeId.Substring(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : long.MaxValue;
    }

    private static int FolderDepth(string path)
    {
        var depth = 0;
        foreach (var c in path)
        {
            if (c is '/' or '\\')
            {
                depth++;
            }
        }

        return depth;
    }
}
