using System;
using System.Collections.Generic;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Model;

namespace Spoke.Generator.Mapping;

/// <summary>
/// Gives an object's stage property (<c>dealstage</c> on deals, <c>hs_pipeline_stage</c> elsewhere) its pipelines' stages as
/// options. HubSpot lists no options for it (they are external: the stages), so without a pipelines snapshot it is a plain string;
/// with one it becomes a picklist whose enum members are the stages, and a stage added later still round-trips as an unknown
/// picklist value. Options the properties snapshot lists come first; stages it does not list follow, oldest first.
/// </summary>
internal static class StagePropertyMerger
{
    private const string DealsTypeId = "0-3";

    /// <summary>The wire name of the property that holds a record's stage, for an object type id.</summary>
    public static string StagePropertyOf(string typeId) => typeId == DealsTypeId ? "dealstage" : "hs_pipeline_stage";

    /// <summary>
    /// The object with its stage property's options completed from <paramref name="pipelines"/>, or <see langword="null"/> (and an
    /// issue) when it has no single-select enumeration property to hold a stage.
    /// </summary>
    public static ObjectInputSpec? Merge(ObjectInputSpec input, ObjectPipelinesSchemaSpec pipelines, List<NamingIssue> issues)
    {
        var schema = input.Schema;
        var stageProperty = StagePropertyOf(schema.TypeId);
        var index = IndexOf(schema.Properties, stageProperty);
        if (index < 0 || schema.Properties[index] is not { Type: "enumeration" } property || property.FieldType is "checkbox" or "booleancheckbox")
        {
            issues.Add(NotGenerated(
                pipelines,
                "object type '" + schema.ObjectName + "' (" + schema.TypeId + ") has no single-select enumeration property '" + stageProperty + "' in snapshot '" + schema.SnapshotName + "'",
                "Pull the object's properties and pipelines together (spoke schema pull)."));
            return null;
        }

        var options = new List<OptionSchemaSpec>(property.Options);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in property.Options)
        {
            listed.Add(option.Value);
        }

        foreach (var (pipeline, stage) in StagesOldestFirst(pipelines))
        {
            if (listed.Contains(stage.Id))
            {
                continue;
            }

            if (property.Options.Count > 0)
            {
                issues.Add(new NamingIssue(
                    DiagnosticCatalogue.StageNotAnOption.Id,
                    pipelines.SnapshotPath,
                    stage.JsonPath,
                    PropertyName: null,
                    new EquatableArray<string>(new[] { stage.Label, stage.Id, pipeline.Label, pipelines.SnapshotName, stageProperty, schema.SnapshotName })));
            }

            options.Add(new OptionSchemaSpec(stage.Label, stage.Id, Hidden: false, "A stage of pipeline '" + pipeline.Label + "'.", pipeline.Label));
        }

        var properties = new PropertySchemaSpec[schema.Properties.Count];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i] = i == index ? property with { Options = options.ToEquatableArray() } : schema.Properties[i];
        }

        return input with { Schema = schema with { Properties = new EquatableArray<PropertySchemaSpec>(properties) } };
    }

    /// <summary>An issue saying why <paramref name="pipelines"/> is not generated, located at the start of its file.</summary>
    public static NamingIssue NotGenerated(ObjectPipelinesSchemaSpec pipelines, string why, string fix) => new(
        DiagnosticCatalogue.PipelinesNotGenerated.Id,
        pipelines.SnapshotPath,
        "$",
        PropertyName: null,
        new EquatableArray<string>(new[] { pipelines.SnapshotName, why, fix }));

    // Oldest first (a stage without createdAt counts as newest), so that a stage added later never takes the enum member name an
    // existing stage has; then by pipeline and display order.
    private static List<(PipelineSchemaSpec Pipeline, StageSchemaSpec Stage)> StagesOldestFirst(ObjectPipelinesSchemaSpec pipelines)
    {
        var stages = new List<(PipelineSchemaSpec Pipeline, StageSchemaSpec Stage, int Order)>();
        foreach (var pipeline in pipelines.Pipelines)
        {
            foreach (var stage in pipeline.Stages)
            {
                stages.Add((pipeline, stage, stages.Count));
            }
        }

        stages.Sort(static (left, right) =>
        {
            var order = (left.Stage.CreatedAt is null).CompareTo(right.Stage.CreatedAt is null);
            order = order != 0 ? order : string.CompareOrdinal(left.Stage.CreatedAt ?? string.Empty, right.Stage.CreatedAt ?? string.Empty);
            return order != 0 ? order : left.Order.CompareTo(right.Order);
        });
        return stages.ConvertAll(static item => (item.Pipeline, item.Stage));
    }

    private static int IndexOf(EquatableArray<PropertySchemaSpec> properties, string name)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
