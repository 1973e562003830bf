using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Spoke.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ranges: reading snapshots 001–099, naming 100–199, configuration 200+.
/// Each id has a page <c>docs/diagnostics/SPOKE0xx.md</c> with cause and fix.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Spoke";
    private const string HelpLinkBase = "https://github.com/spoke-dev/spoke/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor MalformedJson = Create(
        "SPOKE001", "Snapshot is not valid JSON", "Snapshot '{0}' is not valid JSON: {1} (line {2}, column {3})", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnexpectedShape = Create(
        "SPOKE002", "Snapshot does not have the expected shape", "Snapshot '{0}': {1} (at JSON path {2})", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PropertyMissingField = Create(
        "SPOKE003", "Property is missing a required field", "Snapshot '{0}': the property at JSON path {1} has no string '{2}'; it is skipped", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnmappedType = Create(
        "SPOKE004", "Property type has no typed mapping", "Property '{0}' in snapshot '{1}' (at JSON path {5}) has type '{2}' (fieldType '{3}'), which has no typed mapping; it is generated as string", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DuplicateProperty = Create(
        "SPOKE005", "Property appears more than once", "Snapshot '{0}': property '{1}' appears more than once (again at JSON path {2}); the first is used", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownObjectType = Create(
        "SPOKE006", "Snapshot names an unknown object type", "Snapshot '{0}' is named after '{1}', which is not a HubSpot object type Spoke knows; it is skipped. Name the file after the object type (for example contacts.json), or put custom objects in schemas.json.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CustomObjectMissingField = Create(
        "SPOKE007", "Custom object schema is missing a required field", "Snapshot '{0}': the schema at JSON path {1} has no valid '{2}'; it is skipped", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateOption = Create(
        "SPOKE008", "Picklist option value appears more than once", "Property '{0}' in snapshot '{1}' lists option value '{2}' more than once (again at JSON path {3}); the first is used", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MultiSelectOptionWithSeparator = Create(
        "SPOKE009", "Multi-select option value contains ';'", "Property '{0}' in snapshot '{1}' (at JSON path {4}) has option value '{2}', which contains ';', the multi-select separator; it cannot round-trip and is left out of the enum", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        "SPOKE010", "Snapshot file cannot be read", "Snapshot '{0}' could not be read: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateSnapshot = Create(
        "SPOKE011", "Object type has more than one snapshot", "Snapshot '{0}' (JSON path {1}) describes object type '{2}' ({3}), which snapshot '{4}' (JSON path {5}) already describes; it is ignored. Keep one snapshot per object type.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MemberRenamed = Create(
        "SPOKE101", "Name collision forced a rename", "In '{0}', '{1}' would be named '{2}', which {3}; it is named '{4}' instead (snapshot '{5}', JSON path {6}). Rename it in spoke.json to choose a name.", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NoUsableName = Create(
        "SPOKE102", "No identifier could be made from the name", "In '{0}', '{1}' has no letters or digits to make a C# name from; it is named '{2}' (snapshot '{3}', JSON path {4}). Rename it in spoke.json to choose a name.", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor TypeRenamed = Create(
        "SPOKE103", "Type name collision forced a rename", "{0} would generate type '{1}', which {2}; it is named '{3}' instead (snapshot '{4}', JSON path {5}). Rename it in spoke.json to choose a name.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        "SPOKE201", "SpokeNamespace is not a valid namespace", "SpokeNamespace '{0}' is not a valid C# namespace; the generated types use '{1}' instead. Set SpokeNamespace to dot-separated identifiers.", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MalformedOverrides = Create(
        "SPOKE202", "spoke.json is not valid", "spoke.json: {0} (at JSON path {1}); the overrides are ignored", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OverrideMatchesNothing = Create(
        "SPOKE203", "Override matches nothing", "spoke.json: the override at JSON path {0} names '{1}', which no snapshot has", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOverrideName = Create(
        "SPOKE204", "Override name cannot be used", "spoke.json: '{0}' at JSON path {1} cannot be used: {2}; the generated name is kept", DiagnosticSeverity.Warning);

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
        [MemberRenamed.Id] = MemberRenamed,
        [NoUsableName.Id] = NoUsableName,
        [TypeRenamed.Id] = TypeRenamed,
        [InvalidNamespace.Id] = InvalidNamespace,
        [MalformedOverrides.Id] = MalformedOverrides,
        [OverrideMatchesNothing.Id] = OverrideMatchesNothing,
        [InvalidOverrideName.Id] = InvalidOverrideName,
    };

    /// <summary>Every descriptor, for the documentation test.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
