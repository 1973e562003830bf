using System.Collections.Generic;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator and its analyzer report. Ranges: reading snapshots 001–099, naming 100–199,
/// configuration 200–299, use of the generated code 300+. Each id has a
/// page <c>docs/diagnostics/SPOKE0xx.md</c> with cause and fix. Written without Roslyn types, so that the naming entry point
/// (<see cref="SchemaNaming"/>) reports the same diagnostics, with the same messages, in a process that has no compiler loaded;
/// constants, so that the analyzer release tracking still sees every descriptor <see cref="DiagnosticDescriptors"/> makes of them.
/// </summary>
internal static class DiagnosticCatalogue
{
    /// <summary>Snapshot is not valid JSON.</summary>
    public static class MalformedJson
    {
        public const string Id = "SPOKE001";
        public const string Title = "Snapshot is not valid JSON";
        public const string Message = "Snapshot '{0}' is not valid JSON: {1} (line {2}, column {3})";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Error;
    }

    /// <summary>Snapshot does not have the expected shape.</summary>
    public static class UnexpectedShape
    {
        public const string Id = "SPOKE002";
        public const string Title = "Snapshot does not have the expected shape";
        public const string Message = "Snapshot '{0}': {1} (at JSON path {2})";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Error;
    }

    /// <summary>Property is missing a required field.</summary>
    public static class PropertyMissingField
    {
        public const string Id = "SPOKE003";
        public const string Title = "Property is missing a required field";
        public const string Message = "Snapshot '{0}': the property at JSON path {1} has no string '{2}'; it is skipped";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Property type has no typed mapping.</summary>
    public static class UnmappedType
    {
        public const string Id = "SPOKE004";
        public const string Title = "Property type has no typed mapping";
        public const string Message = "Property '{0}' in snapshot '{1}' (at JSON path {5}) has type '{2}' (fieldType '{3}'), which has no typed mapping; it is generated as string";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Info;
    }

    /// <summary>Property appears more than once.</summary>
    public static class DuplicateProperty
    {
        public const string Id = "SPOKE005";
        public const string Title = "Property appears more than once";
        public const string Message = "Snapshot '{0}': property '{1}' appears more than once (again at JSON path {2}); the first is used";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Snapshot names an unknown object type.</summary>
    public static class UnknownObjectType
    {
        public const string Id = "SPOKE006";
        public const string Title = "Snapshot names an unknown object type";
        public const string Message = "Snapshot '{0}' is named after '{1}', which is not a HubSpot object type Spoke knows; it is skipped. Name the file after the object type (for example contacts.json), or put custom objects in schemas.json.";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Custom object schema is missing a required field.</summary>
    public static class CustomObjectMissingField
    {
        public const string Id = "SPOKE007";
        public const string Title = "Custom object schema is missing a required field";
        public const string Message = "Snapshot '{0}': the schema at JSON path {1} has no valid '{2}'; it is skipped";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Picklist option value appears more than once.</summary>
    public static class DuplicateOption
    {
        public const string Id = "SPOKE008";
        public const string Title = "Picklist option value appears more than once";
        public const string Message = "Property '{0}' in snapshot '{1}' lists option value '{2}' more than once (again at JSON path {3}); the first is used";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Multi-select option value contains ';'.</summary>
    public static class MultiSelectOptionWithSeparator
    {
        public const string Id = "SPOKE009";
        public const string Title = "Multi-select option value contains ';'";
        public const string Message = "Property '{0}' in snapshot '{1}' (at JSON path {4}) has option value '{2}', which contains ';', the multi-select separator; it cannot round-trip and is left out of the enum";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Snapshot file cannot be read.</summary>
    public static class UnreadableFile
    {
        public const string Id = "SPOKE010";
        public const string Title = "Snapshot file cannot be read";
        public const string Message = "Snapshot '{0}' could not be read: {1}";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Error;
    }

    /// <summary>Object type has more than one snapshot.</summary>
    public static class DuplicateSnapshot
    {
        public const string Id = "SPOKE011";
        public const string Title = "Object type has more than one snapshot";
        public const string Message = "Snapshot '{0}' (JSON path {1}) describes object type '{2}' ({3}), which snapshot '{4}' (JSON path {5}) already describes; it is ignored. Keep one snapshot per object type.";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Pipeline or stage cannot be read.</summary>
    public static class PipelineUnreadable
    {
        public const string Id = "SPOKE012";
        public const string Title = "Pipeline or stage cannot be read";
        public const string Message = "Pipelines snapshot '{0}': {1} (at JSON path {2}); {3}";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Pipeline or stage id appears more than once.</summary>
    public static class DuplicatePipelineId
    {
        public const string Id = "SPOKE013";
        public const string Title = "Pipeline or stage id appears more than once";
        public const string Message = "Pipelines snapshot '{0}': {1} id '{2}' appears more than once (again at JSON path {3}); the first is used";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Pipelines snapshot cannot be tied to a stage property.</summary>
    public static class PipelinesNotGenerated
    {
        public const string Id = "SPOKE014";
        public const string Title = "Pipelines snapshot cannot be tied to a stage property";
        public const string Message = "Pipelines snapshot '{0}': {1}; its pipelines are not generated. {2}";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Stage is not an option of the stage property.</summary>
    public static class StageNotAnOption
    {
        public const string Id = "SPOKE015";
        public const string Title = "Stage is not an option of the stage property";
        public const string Message = "Stage '{0}' (id '{1}') of pipeline '{2}' in snapshot '{3}' is not an option of property '{4}', whose options snapshot '{5}' lists; it is added to the property's enum. Pull both snapshots together (spoke schema pull).";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Name collision forced a rename.</summary>
    public static class MemberRenamed
    {
        public const string Id = "SPOKE101";
        public const string Title = "Name collision forced a rename";
        public const string Message = "In '{0}', '{1}' would be named '{2}', which {3}; it is named '{4}' instead (snapshot '{5}', JSON path {6}). Rename it in spoke.json to choose a name.";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Info;
    }

    /// <summary>No identifier could be made from the name.</summary>
    public static class NoUsableName
    {
        public const string Id = "SPOKE102";
        public const string Title = "No identifier could be made from the name";
        public const string Message = "In '{0}', '{1}' has no letters or digits to make a C# name from; it is named '{2}' (snapshot '{3}', JSON path {4}). Rename it in spoke.json to choose a name.";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Info;
    }

    /// <summary>Type name collision forced a rename.</summary>
    public static class TypeRenamed
    {
        public const string Id = "SPOKE103";
        public const string Title = "Type name collision forced a rename";
        public const string Message = "{0} would generate type '{1}', which {2}; it is named '{3}' instead (snapshot '{4}', JSON path {5}). Rename it in spoke.json to choose a name.";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>SpokeNamespace is not a valid namespace.</summary>
    public static class InvalidNamespace
    {
        public const string Id = "SPOKE201";
        public const string Title = "SpokeNamespace is not a valid namespace";
        public const string Message = "SpokeNamespace '{0}' is not a valid C# namespace; the generated types use '{1}' instead. Set SpokeNamespace to dot-separated identifiers.";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>spoke.json is not valid.</summary>
    public static class MalformedOverrides
    {
        public const string Id = "SPOKE202";
        public const string Title = "spoke.json is not valid";
        public const string Message = "spoke.json: {0} (at JSON path {1}); the overrides are ignored";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Error;
    }

    /// <summary>Override matches nothing.</summary>
    public static class OverrideMatchesNothing
    {
        public const string Id = "SPOKE203";
        public const string Title = "Override matches nothing";
        public const string Message = "spoke.json: the override at JSON path {0} names '{1}', which no snapshot has";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Override name cannot be used.</summary>
    public static class InvalidOverrideName
    {
        public const string Id = "SPOKE204";
        public const string Title = "Override name cannot be used";
        public const string Message = "spoke.json: '{0}' at JSON path {1} cannot be used: {2}; the generated name is kept";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Warning;
    }

    /// <summary>Search filters joined with <c>&amp;&amp;</c>.</summary>
    public static class ConditionalAndOfFilters
    {
        public const string Id = "SPOKE301";
        public const string Title = "Search filters are joined with '&', not '&&'";
        public const string Message = "Search filters are joined with '&', not '&&': write a & b for filters that must all match (one HubSpot filter group)";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Error;
    }

    /// <summary>Search filters combined with <c>||</c> or negated with <c>!</c>.</summary>
    public static class AlternativeOrNegatedFilter
    {
        public const string Id = "SPOKE302";
        public const string Title = "Search filters cannot be ORed or negated";
        public const string Message = "Search filters cannot be combined with {0}: {1}";
        public const NamingDiagnosticSeverity Severity = NamingDiagnosticSeverity.Error;
    }

    private static readonly Dictionary<string, DiagnosticDefinition> ById = new()
    {
        [MalformedJson.Id] = new(MalformedJson.Id, MalformedJson.Title, MalformedJson.Message, MalformedJson.Severity),
        [UnexpectedShape.Id] = new(UnexpectedShape.Id, UnexpectedShape.Title, UnexpectedShape.Message, UnexpectedShape.Severity),
        [PropertyMissingField.Id] = new(PropertyMissingField.Id, PropertyMissingField.Title, PropertyMissingField.Message, PropertyMissingField.Severity),
        [UnmappedType.Id] = new(UnmappedType.Id, UnmappedType.Title, UnmappedType.Message, UnmappedType.Severity),
        [DuplicateProperty.Id] = new(DuplicateProperty.Id, DuplicateProperty.Title, DuplicateProperty.Message, DuplicateProperty.Severity),
        [UnknownObjectType.Id] = new(UnknownObjectType.Id, UnknownObjectType.Title, UnknownObjectType.Message, UnknownObjectType.Severity),
        [CustomObjectMissingField.Id] = new(CustomObjectMissingField.Id, CustomObjectMissingField.Title, CustomObjectMissingField.Message, CustomObjectMissingField.Severity),
        [DuplicateOption.Id] = new(DuplicateOption.Id, DuplicateOption.Title, DuplicateOption.Message, DuplicateOption.Severity),
        [MultiSelectOptionWithSeparator.Id] = new(MultiSelectOptionWithSeparator.Id, MultiSelectOptionWithSeparator.Title, MultiSelectOptionWithSeparator.Message, MultiSelectOptionWithSeparator.Severity),
        [UnreadableFile.Id] = new(UnreadableFile.Id, UnreadableFile.Title, UnreadableFile.Message, UnreadableFile.Severity),
        [DuplicateSnapshot.Id] = new(DuplicateSnapshot.Id, DuplicateSnapshot.Title, DuplicateSnapshot.Message, DuplicateSnapshot.Severity),
        [PipelineUnreadable.Id] = new(PipelineUnreadable.Id, PipelineUnreadable.Title, PipelineUnreadable.Message, PipelineUnreadable.Severity),
        [DuplicatePipelineId.Id] = new(DuplicatePipelineId.Id, DuplicatePipelineId.Title, DuplicatePipelineId.Message, DuplicatePipelineId.Severity),
        [PipelinesNotGenerated.Id] = new(PipelinesNotGenerated.Id, PipelinesNotGenerated.Title, PipelinesNotGenerated.Message, PipelinesNotGenerated.Severity),
        [StageNotAnOption.Id] = new(StageNotAnOption.Id, StageNotAnOption.Title, StageNotAnOption.Message, StageNotAnOption.Severity),
        [MemberRenamed.Id] = new(MemberRenamed.Id, MemberRenamed.Title, MemberRenamed.Message, MemberRenamed.Severity),
        [NoUsableName.Id] = new(NoUsableName.Id, NoUsableName.Title, NoUsableName.Message, NoUsableName.Severity),
        [TypeRenamed.Id] = new(TypeRenamed.Id, TypeRenamed.Title, TypeRenamed.Message, TypeRenamed.Severity),
        [InvalidNamespace.Id] = new(InvalidNamespace.Id, InvalidNamespace.Title, InvalidNamespace.Message, InvalidNamespace.Severity),
        [MalformedOverrides.Id] = new(MalformedOverrides.Id, MalformedOverrides.Title, MalformedOverrides.Message, MalformedOverrides.Severity),
        [OverrideMatchesNothing.Id] = new(OverrideMatchesNothing.Id, OverrideMatchesNothing.Title, OverrideMatchesNothing.Message, OverrideMatchesNothing.Severity),
        [InvalidOverrideName.Id] = new(InvalidOverrideName.Id, InvalidOverrideName.Title, InvalidOverrideName.Message, InvalidOverrideName.Severity),
        [ConditionalAndOfFilters.Id] = new(ConditionalAndOfFilters.Id, ConditionalAndOfFilters.Title, ConditionalAndOfFilters.Message, ConditionalAndOfFilters.Severity),
        [AlternativeOrNegatedFilter.Id] = new(AlternativeOrNegatedFilter.Id, AlternativeOrNegatedFilter.Title, AlternativeOrNegatedFilter.Message, AlternativeOrNegatedFilter.Severity),
    };

    /// <summary>Every diagnostic.</summary>
    public static IEnumerable<DiagnosticDefinition> All => ById.Values;

    public static DiagnosticDefinition Get(string id) => ById[id];
}
