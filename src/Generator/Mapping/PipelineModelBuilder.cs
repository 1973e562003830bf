using System;
using System.Collections.Generic;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Model;
using Spoke.Generator.Naming;
using Spoke.Generator.Reading;

namespace Spoke.Generator.Mapping;

/// <summary>
/// Names one object type's pipelines class (<c>DealPipelines</c>), a nested class per pipeline and a member per stage. A pipeline
/// is named from its label without a trailing "Pipeline" word (Sales Pipeline is <c>Sales</c>), or with it when the short name is
/// taken, oldest pipeline first; a stage member is named from its label, like the stage property's enum member, or by the
/// option name spoke.json chooses for the stage property, which renames both.
/// </summary>
internal sealed class PipelineModelBuilder
{
    private const string PipelineWord = "Pipeline";

    private readonly ObjectSpec _spec;
    private readonly ObjectPipelinesSchemaSpec _pipelines;
    private readonly PropertyOverrideSpec? _stageOverride;
    private readonly List<NamingIssue> _issues;
    private string _className = string.Empty;

    private PipelineModelBuilder(ObjectSpec spec, ObjectPipelinesSchemaSpec pipelines, PropertyOverrideSpec? stageOverride, List<NamingIssue> issues)
    {
        _spec = spec;
        _stageOverride = stageOverride;
        _pipelines = pipelines;
        _issues = issues;
    }

    /// <summary>
    /// The pipelines model of <paramref name="spec"/>, its class name taken from <paramref name="typeNames"/>; <see langword="null"/>
    /// (and an issue) when spoke.json leaves the stage property out.
    /// </summary>
    /// <param name="overrides">What spoke.json says about the object, whose option names for the stage property name stages too.</param>
    public static PipelinesSpec? Build(ObjectSpec spec, ObjectPipelinesSchemaSpec pipelines, ObjectOverrideSpec overrides, NameScope typeNames, List<NamingIssue> issues) =>
        new PipelineModelBuilder(spec, pipelines, overrides.For(StagePropertyMerger.StagePropertyOf(spec.TypeId)), issues).Build(typeNames);

    private PipelinesSpec? Build(NameScope typeNames)
    {
        var stageProperty = StagePropertyOf();
        if (stageProperty is not { Kind: PropertyKind.Picklist, Enum: { } stageEnum })
        {
            _issues.Add(StagePropertyMerger.NotGenerated(
                _pipelines,
                "spoke.json excludes the stage property of object type '" + _spec.ObjectName + "' (" + _spec.TypeId + ")",
                "Remove the exclusion to generate the pipelines."));
            return null;
        }

        var preferred = _spec.RecordName + "Pipelines";
        _className = typeNames.Allocate(NameShape.Single, preferred, Array.Empty<string>(), "_", "is already used by the pipelines of object type '" + _spec.ObjectName + "'", out var conflict, _spec.TypeId + " pipelines");
        if (conflict is not null)
        {
            _issues.Add(new NamingIssue(
                DiagnosticCatalogue.TypeRenamed.Id,
                _pipelines.SnapshotPath,
                "$",
                PropertyName: null,
                new EquatableArray<string>(new[] { "The pipelines of object type '" + _spec.ObjectName + "'", preferred, conflict, _className, _pipelines.SnapshotName, "$" })));
        }

        var pipelineNames = new NameScope(StringComparer.Ordinal);
        ReserveClassMembers(pipelineNames, _className, GeneratedMembers.PipelinesClass);

        // A pipeline's class declares these members, so it cannot be named like one of them (CS0542).
        ReserveClassMembers(pipelineNames, _className, GeneratedMembers.PipelineClass);
        var names = new Dictionary<PipelineSchemaSpec, string>();
        foreach (var pipeline in OldestFirst(_pipelines.Pipelines))
        {
            names.Add(pipeline, PipelineName(pipeline, pipelineNames));
        }

        var pipelines = new List<PipelineSpec>(_pipelines.Pipelines.Count);
        bool hasProbability = false, hasIsClosed = false, hasTicketState = false;
        foreach (var pipeline in _pipelines.Pipelines)
        {
            var stageNames = new NameScope(StringComparer.Ordinal);
            ReserveClassMembers(stageNames, names[pipeline], GeneratedMembers.PipelineClass);
            var stages = new List<StageSpec>(pipeline.Stages.Count);
            foreach (var stage in pipeline.Stages)
            {
                var probability = stage.MetadataValue(StageMetadata.Probability);
                var isClosed = stage.MetadataValue(StageMetadata.IsClosed);
                var ticketState = stage.MetadataValue(StageMetadata.TicketState);
                hasProbability |= probability is not null;
                hasIsClosed |= isClosed is not null;
                hasTicketState |= ticketState is not null;
                if (EnumMemberOf(stage, stageEnum) is not { } enumMember)
                {
                    continue;
                }

                stages.Add(new StageSpec(
                    StageName(stage, enumMember, stageNames),
                    enumMember,
                    stage.Id,
                    stage.Label,
                    stage.DisplayOrder,
                    stage.Metadata,
                    probability is null ? null : StageMetadata.ProbabilityLiteral(probability),
                    isClosed is null ? null : StageMetadata.ParseIsClosed(isClosed),
                    ticketState));
            }

            pipelines.Add(new PipelineSpec(names[pipeline], pipeline.Id, pipeline.Label, pipeline.DisplayOrder, stages.ToEquatableArray()));
        }

        return new PipelinesSpec(
            _spec.Namespace,
            _pipelines.SnapshotName,
            _spec.ObjectName,
            _spec.TypeId,
            _spec.RecordName,
            _className,
            stageProperty.WireName,
            stageEnum.TypeName,
            stageEnum.ExtensionsName,
            hasProbability,
            hasIsClosed,
            hasTicketState,
            pipelines.ToEquatableArray());
    }

    private PropertySpec? StagePropertyOf()
    {
        var wireName = StagePropertyMerger.StagePropertyOf(_spec.TypeId);
        foreach (var property in _spec.Properties)
        {
            if (property.WireName == wireName)
            {
                return property;
            }
        }

        return null;
    }

    // A nested type or member must not be named like the type that declares it (CS0542), nor hide what every class has.
    private static void ReserveClassMembers(NameScope scope, string className, IEnumerable<string> members)
    {
        scope.Reserve(NameShape.Property, className, "is the name of the class that declares it");
        foreach (var member in members)
        {
            scope.Reserve(NameShape.Property, member, GeneratedMembers.ReservedBecause);
        }
    }

    private string PipelineName(PipelineSchemaSpec pipeline, NameScope scope)
    {
        var full = IdentifierBuilder.WithDigitPrefix(IdentifierBuilder.FromText(pipeline.Label), PipelineWord);
        var fromId = PipelineWord + IdentifierBuilder.FromText(pipeline.Id);
        var words = TextWords.Split(pipeline.Label);
        var shortName = words.Count > 1 && string.Equals(words[words.Count - 1], PipelineWord, StringComparison.OrdinalIgnoreCase)
            ? IdentifierBuilder.WithDigitPrefix(IdentifierBuilder.FromText(string.Join(" ", words.GetRange(0, words.Count - 1))), PipelineWord)
            : full;
        var preferred = shortName.Length > 0 ? shortName : fromId;
        var name = scope.Allocate(NameShape.Property, preferred, new[] { full, fromId }, "_", "is already used by another pipeline", out var conflict);
        if (conflict is not null && name != full)
        {
            Renamed(pipeline.JsonPath, "pipeline '" + pipeline.Id + "'", preferred, conflict, name);
        }

        return name;
    }

    // Every stage is an option of the stage property by now (StagePropertyMerger), so its enum member exists; a stage without
    // one could not convert to the property's value, so it would be left out rather than fail the build.
    private static string? EnumMemberOf(StageSchemaSpec stage, EnumSpec stageEnum)
    {
        foreach (var member in stageEnum.Members)
        {
            if (member.WireValue == stage.Id)
            {
                return member.Name;
            }
        }

        return null;
    }

    // Named like the enum member would be if the stage were alone (its label, or the name spoke.json chooses for the option), so
    // that two pipelines may each have a stage New; the enum member, which had to be told apart across pipelines, comes next.
    private string StageName(StageSchemaSpec stage, string enumMember, NameScope scope)
    {
        var fromLabel = IdentifierBuilder.WithDigitPrefix(IdentifierBuilder.FromText(stage.Label), "Option");
        var preferred = ChosenName(stage.Id) ?? (fromLabel.Length > 0 ? fromLabel : enumMember);
        var name = scope.Allocate(NameShape.Property, preferred, new[] { enumMember, "Stage" + preferred }, "_", "is already used by another stage", out var conflict);
        if (conflict is not null)
        {
            Renamed(stage.JsonPath, "stage '" + stage.Id + "'", preferred, conflict, name);
        }

        return name;
    }

    private string? ChosenName(string stageId)
    {
        foreach (var option in _stageOverride?.Options ?? EquatableArray<OptionOverrideSpec>.Empty)
        {
            if (option.Value == stageId)
            {
                return option.Name;
            }
        }

        return null;
    }

    private static List<PipelineSchemaSpec> OldestFirst(EquatableArray<PipelineSchemaSpec> pipelines)
    {
        var ordered = new List<PipelineSchemaSpec>(pipelines);
        ordered.Sort(static (left, right) =>
        {
            var order = (left.CreatedAt is null).CompareTo(right.CreatedAt is null);
            order = order != 0 ? order : string.CompareOrdinal(left.CreatedAt ?? string.Empty, right.CreatedAt ?? string.Empty);
            order = order != 0 ? order : left.DisplayOrder.CompareTo(right.DisplayOrder);
            return order != 0 ? order : string.CompareOrdinal(left.Id, right.Id);
        });
        return ordered;
    }

    private void Renamed(string jsonPath, string what, string preferred, string conflict, string name) =>
        _issues.Add(new NamingIssue(
            DiagnosticCatalogue.MemberRenamed.Id,
            _pipelines.SnapshotPath,
            jsonPath,
            PropertyName: null,
            new EquatableArray<string>(new[] { _className, what, preferred, conflict, name, _pipelines.SnapshotName, jsonPath })));
}
