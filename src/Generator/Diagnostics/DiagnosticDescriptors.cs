using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Spoke.Generator.Diagnostics;

/// <summary>The Roslyn descriptor of every diagnostic in <see cref="DiagnosticCatalogue"/>, each with a help link to its page.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Spoke";
    private const string HelpLinkBase = "https://github.com/spoke-dev/spoke/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor MalformedJson = Create(
        DiagnosticCatalogue.MalformedJson.Id, DiagnosticCatalogue.MalformedJson.Title, DiagnosticCatalogue.MalformedJson.Message, (DiagnosticSeverity)DiagnosticCatalogue.MalformedJson.Severity);

    public static readonly DiagnosticDescriptor UnexpectedShape = Create(
        DiagnosticCatalogue.UnexpectedShape.Id, DiagnosticCatalogue.UnexpectedShape.Title, DiagnosticCatalogue.UnexpectedShape.Message, (DiagnosticSeverity)DiagnosticCatalogue.UnexpectedShape.Severity);

    public static readonly DiagnosticDescriptor PropertyMissingField = Create(
        DiagnosticCatalogue.PropertyMissingField.Id, DiagnosticCatalogue.PropertyMissingField.Title, DiagnosticCatalogue.PropertyMissingField.Message, (DiagnosticSeverity)DiagnosticCatalogue.PropertyMissingField.Severity);

    public static readonly DiagnosticDescriptor UnmappedType = Create(
        DiagnosticCatalogue.UnmappedType.Id, DiagnosticCatalogue.UnmappedType.Title, DiagnosticCatalogue.UnmappedType.Message, (DiagnosticSeverity)DiagnosticCatalogue.UnmappedType.Severity);

    public static readonly DiagnosticDescriptor DuplicateProperty = Create(
        DiagnosticCatalogue.DuplicateProperty.Id, DiagnosticCatalogue.DuplicateProperty.Title, DiagnosticCatalogue.DuplicateProperty.Message, (DiagnosticSeverity)DiagnosticCatalogue.DuplicateProperty.Severity);

    public static readonly DiagnosticDescriptor UnknownObjectType = Create(
        DiagnosticCatalogue.UnknownObjectType.Id, DiagnosticCatalogue.UnknownObjectType.Title, DiagnosticCatalogue.UnknownObjectType.Message, (DiagnosticSeverity)DiagnosticCatalogue.UnknownObjectType.Severity);

    public static readonly DiagnosticDescriptor CustomObjectMissingField = Create(
        DiagnosticCatalogue.CustomObjectMissingField.Id, DiagnosticCatalogue.CustomObjectMissingField.Title, DiagnosticCatalogue.CustomObjectMissingField.Message, (DiagnosticSeverity)DiagnosticCatalogue.CustomObjectMissingField.Severity);

    public static readonly DiagnosticDescriptor DuplicateOption = Create(
        DiagnosticCatalogue.DuplicateOption.Id, DiagnosticCatalogue.DuplicateOption.Title, DiagnosticCatalogue.DuplicateOption.Message, (DiagnosticSeverity)DiagnosticCatalogue.DuplicateOption.Severity);

    public static readonly DiagnosticDescriptor MultiSelectOptionWithSeparator = Create(
        DiagnosticCatalogue.MultiSelectOptionWithSeparator.Id, DiagnosticCatalogue.MultiSelectOptionWithSeparator.Title, DiagnosticCatalogue.MultiSelectOptionWithSeparator.Message, (DiagnosticSeverity)DiagnosticCatalogue.MultiSelectOptionWithSeparator.Severity);

    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        DiagnosticCatalogue.UnreadableFile.Id, DiagnosticCatalogue.UnreadableFile.Title, DiagnosticCatalogue.UnreadableFile.Message, (DiagnosticSeverity)DiagnosticCatalogue.UnreadableFile.Severity);

    public static readonly DiagnosticDescriptor DuplicateSnapshot = Create(
        DiagnosticCatalogue.DuplicateSnapshot.Id, DiagnosticCatalogue.DuplicateSnapshot.Title, DiagnosticCatalogue.DuplicateSnapshot.Message, (DiagnosticSeverity)DiagnosticCatalogue.DuplicateSnapshot.Severity);

    public static readonly DiagnosticDescriptor PipelineUnreadable = Create(
        DiagnosticCatalogue.PipelineUnreadable.Id, DiagnosticCatalogue.PipelineUnreadable.Title, DiagnosticCatalogue.PipelineUnreadable.Message, (DiagnosticSeverity)DiagnosticCatalogue.PipelineUnreadable.Severity);

    public static readonly DiagnosticDescriptor DuplicatePipelineId = Create(
        DiagnosticCatalogue.DuplicatePipelineId.Id, DiagnosticCatalogue.DuplicatePipelineId.Title, DiagnosticCatalogue.DuplicatePipelineId.Message, (DiagnosticSeverity)DiagnosticCatalogue.DuplicatePipelineId.Severity);

    public static readonly DiagnosticDescriptor PipelinesNotGenerated = Create(
        DiagnosticCatalogue.PipelinesNotGenerated.Id, DiagnosticCatalogue.PipelinesNotGenerated.Title, DiagnosticCatalogue.PipelinesNotGenerated.Message, (DiagnosticSeverity)DiagnosticCatalogue.PipelinesNotGenerated.Severity);

    public static readonly DiagnosticDescriptor StageNotAnOption = Create(
        DiagnosticCatalogue.StageNotAnOption.Id, DiagnosticCatalogue.StageNotAnOption.Title, DiagnosticCatalogue.StageNotAnOption.Message, (DiagnosticSeverity)DiagnosticCatalogue.StageNotAnOption.Severity);

    public static readonly DiagnosticDescriptor MemberRenamed = Create(
        DiagnosticCatalogue.MemberRenamed.Id, DiagnosticCatalogue.MemberRenamed.Title, DiagnosticCatalogue.MemberRenamed.Message, (DiagnosticSeverity)DiagnosticCatalogue.MemberRenamed.Severity);

    public static readonly DiagnosticDescriptor NoUsableName = Create(
        DiagnosticCatalogue.NoUsableName.Id, DiagnosticCatalogue.NoUsableName.Title, DiagnosticCatalogue.NoUsableName.Message, (DiagnosticSeverity)DiagnosticCatalogue.NoUsableName.Severity);

    public static readonly DiagnosticDescriptor TypeRenamed = Create(
        DiagnosticCatalogue.TypeRenamed.Id, DiagnosticCatalogue.TypeRenamed.Title, DiagnosticCatalogue.TypeRenamed.Message, (DiagnosticSeverity)DiagnosticCatalogue.TypeRenamed.Severity);

    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        DiagnosticCatalogue.InvalidNamespace.Id, DiagnosticCatalogue.InvalidNamespace.Title, DiagnosticCatalogue.InvalidNamespace.Message, (DiagnosticSeverity)DiagnosticCatalogue.InvalidNamespace.Severity);

    public static readonly DiagnosticDescriptor MalformedOverrides = Create(
        DiagnosticCatalogue.MalformedOverrides.Id, DiagnosticCatalogue.MalformedOverrides.Title, DiagnosticCatalogue.MalformedOverrides.Message, (DiagnosticSeverity)DiagnosticCatalogue.MalformedOverrides.Severity);

    public static readonly DiagnosticDescriptor OverrideMatchesNothing = Create(
        DiagnosticCatalogue.OverrideMatchesNothing.Id, DiagnosticCatalogue.OverrideMatchesNothing.Title, DiagnosticCatalogue.OverrideMatchesNothing.Message, (DiagnosticSeverity)DiagnosticCatalogue.OverrideMatchesNothing.Severity);

    public static readonly DiagnosticDescriptor InvalidOverrideName = Create(
        DiagnosticCatalogue.InvalidOverrideName.Id, DiagnosticCatalogue.InvalidOverrideName.Title, DiagnosticCatalogue.InvalidOverrideName.Message, (DiagnosticSeverity)DiagnosticCatalogue.InvalidOverrideName.Severity);

    public static readonly DiagnosticDescriptor ConditionalAndOfFilters = Create(
        DiagnosticCatalogue.ConditionalAndOfFilters.Id, DiagnosticCatalogue.ConditionalAndOfFilters.Title, DiagnosticCatalogue.ConditionalAndOfFilters.Message, (DiagnosticSeverity)DiagnosticCatalogue.ConditionalAndOfFilters.Severity);

    public static readonly DiagnosticDescriptor AlternativeOrNegatedFilter = Create(
        DiagnosticCatalogue.AlternativeOrNegatedFilter.Id, DiagnosticCatalogue.AlternativeOrNegatedFilter.Title, DiagnosticCatalogue.AlternativeOrNegatedFilter.Message, (DiagnosticSeverity)DiagnosticCatalogue.AlternativeOrNegatedFilter.Severity);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [MalformedJson.Id] = MalformedJson,
        [UnexpectedShape.Id] = UnexpectedShape,
        [PropertyMissingField.Id] = PropertyMissingField,
        [UnmappedType.Id] = UnmappedType,
        [DuplicateProperty.Id] = DuplicateProperty,
        [UnknownObjectType.Id] = UnknownObjectType,
        [CustomObjectMissingField.Id] = CustomObjectMissingField,
        [DuplicateOption.Id] = DuplicateOption,
        [MultiSelectOptionWithSeparator.Id] = MultiSelectOptionWithSeparator,
        [UnreadableFile.Id] = UnreadableFile,
        [DuplicateSnapshot.Id] = DuplicateSnapshot,
        [PipelineUnreadable.Id] = PipelineUnreadable,
        [DuplicatePipelineId.Id] = DuplicatePipelineId,
        [PipelinesNotGenerated.Id] = PipelinesNotGenerated,
        [StageNotAnOption.Id] = StageNotAnOption,
        [MemberRenamed.Id] = MemberRenamed,
        [NoUsableName.Id] = NoUsableName,
        [TypeRenamed.Id] = TypeRenamed,
        [InvalidNamespace.Id] = InvalidNamespace,
        [MalformedOverrides.Id] = MalformedOverrides,
        [OverrideMatchesNothing.Id] = OverrideMatchesNothing,
        [InvalidOverrideName.Id] = InvalidOverrideName,
        [ConditionalAndOfFilters.Id] = ConditionalAndOfFilters,
        [AlternativeOrNegatedFilter.Id] = AlternativeOrNegatedFilter,
    };

    /// <summary>Every descriptor, for the documentation test.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
