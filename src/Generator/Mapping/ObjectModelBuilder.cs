using System;
using System.Collections.Generic;
using System.Threading;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Model;
using Spoke.Generator.Naming;
using Spoke.Generator.Reading;

namespace Spoke.Generator.Mapping;

/// <summary>
/// Turns one object's schema into the emit model: C# names (stable, collision-free), representations, enums. Type names come
/// from the namespace scope shared by every object; member names from this object's own scope, which starts with every member
/// the generated types declare or inherit. In each scope, the names chosen in spoke.json are promised before any name is
/// derived, so a pinned name is never taken by something named earlier. Pure and deterministic given the order objects are
/// built in.
/// </summary>
internal sealed class ObjectModelBuilder
{
    private const string HubSpotPrefix = "hs_";
    private const string TakenByProperty = "is already used by another property";
    private const string ChosenFor = "is chosen in spoke.json for ";

    private readonly ObjectSchemaSpec _schema;
    private readonly ObjectOverrideSpec _overrides;
    private readonly NameScope _typeNames;
    private readonly NameScope _memberNames = new(StringComparer.Ordinal);
    private readonly List<NamingIssue> _issues;
    private readonly HashSet<string> _wireNames = new(StringComparer.Ordinal);
    private readonly string _objectType;
    private readonly CancellationToken _cancellationToken;
    private string _recordName = string.Empty;

    private ObjectModelBuilder(ObjectInputSpec input, NameScope typeNames, List<NamingIssue> issues, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _schema = input.Schema;
        _overrides = input.Overrides;
        _typeNames = typeNames;
        _issues = issues;
        _objectType = Describe(_schema);
    }

    /// <summary>
    /// Promises the type names spoke.json chooses for this object (its record, and the enums of its picklists) in the namespace
    /// scope; called for every object before any is built.
    /// </summary>
    public static void PromiseChosenTypeNames(ObjectInputSpec input, NameScope typeNames)
    {
        var schema = input.Schema;
        var objectType = Describe(schema);
        if (input.Overrides.TypeName is { } typeName)
        {
            typeNames.Promise(NameShape.Record, typeName, schema.TypeId, ChosenFor + "object type " + objectType);
        }

        foreach (var property in InNamingOrder(schema.Properties))
        {
            if (input.Overrides.For(property.Name) is { Exclude: false, EnumName: { } enumName } && HasEnum(property))
            {
                typeNames.Promise(NameShape.Enum, enumName, EnumOwner(schema, property), ChosenFor + "the picklist enum of property '" + property.Name + "' of object type " + objectType);
            }
        }
    }

    /// <summary>Builds one object's model, taking its type names from <paramref name="typeNames"/> and adding its problems to <paramref name="issues"/>.</summary>
    public static ObjectSpec Build(ObjectInputSpec input, NameScope typeNames, GeneratorOptionsSpec options, List<NamingIssue> issues, CancellationToken cancellationToken) =>
        new ObjectModelBuilder(input, typeNames, issues, cancellationToken).Build(options);

    private ObjectSpec Build(GeneratorOptionsSpec options)
    {
        _recordName = RecordName();
        var inputName = _recordName + GeneratedMembers.InputSuffix;
        var fieldsName = _recordName + GeneratedMembers.FieldsSuffix;
        foreach (var reserved in GeneratedMembers.ReservedForProperties)
        {
            _memberNames.Reserve(NameShape.Property, reserved, GeneratedMembers.ReservedBecause);
        }

        // A member cannot be named like the type that declares it (CS0542).
        foreach (var typeName in new[] { _recordName, inputName, fieldsName })
        {
            _memberNames.Reserve(NameShape.Property, typeName, GeneratedMembers.ReservedBecause);
        }

        foreach (var property in _schema.Properties)
        {
            _wireNames.Add(property.Name);
        }

        var ordered = InNamingOrder(_schema.Properties);
        foreach (var property in ordered)
        {
            if (_overrides.For(property.Name) is { Exclude: false, Name: { } chosen })
            {
                _memberNames.Promise(NameShape.Property, chosen, property.Name, ChosenFor + "property '" + property.Name + "'");
            }
        }

        var named = new List<(PropertySchemaSpec Schema, string MemberName, PropertyKind Kind, EnumSpec? Enum)>(_schema.Properties.Count);
        foreach (var property in ordered)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var propertyOverride = _overrides.For(property.Name);
            if (propertyOverride is not { Exclude: true })
            {
                named.Add(NameProperty(property, propertyOverride));
            }
        }

        // Backing fields come last: they are private, so a property's own name never gives way to one.
        var properties = new List<PropertySpec>(named.Count);
        foreach (var (property, memberName, kind, enumSpec) in named)
        {
            var fieldName = property.ReadOnly ? null : _memberNames.Allocate(NameShape.Single, BackingFieldName(memberName), Array.Empty<string>(), "_", TakenByProperty, out _);
            properties.Add(new PropertySpec(
                property.Name,
                memberName,
                fieldName,
                kind,
                property.ReadOnly,
                property.Label,
                property.Description,
                property.GroupName,
                property.Type,
                property.FieldType,
                property.Hidden,
                enumSpec));
        }

        properties.Sort(static (left, right) => string.CompareOrdinal(left.WireName, right.WireName));
        return new ObjectSpec(
            options.Namespace,
            _schema.SnapshotName,
            _schema.ObjectName,
            _schema.TypeId,
            _schema.IsCustom ? null : WellKnownObject.Find(_schema.ObjectName)?.RuntimeMember,
            _recordName,
            inputName,
            fieldsName,
            properties.ToEquatableArray());
    }

    private string RecordName()
    {
        var preferred = _overrides.TypeName ?? TypeNameFor(_schema.SingularName);
        var name = _typeNames.Allocate(NameShape.Record, preferred, Array.Empty<string>(), string.Empty, "is already used by object type " + _objectType, out var conflict, _schema.TypeId);
        if (conflict is not null)
        {
            _issues.Add(new NamingIssue(
                DiagnosticCatalogue.TypeRenamed.Id,
                _schema.SnapshotPath,
                _schema.JsonPath,
                PropertyName: null,
                new EquatableArray<string>(new[] { "Object type " + _objectType, preferred, conflict, name, _schema.SnapshotName, _schema.JsonPath })));
        }

        return name;
    }

    // _email for Email; a name without case (日本) gets the underscore only. The member scope keeps it unique.
    private static string BackingFieldName(string memberName) =>
        "_" + char.ToLowerInvariant(memberName[0]) + memberName.Substring(1);

    private static string TypeNameFor(string singular)
    {
        var name = IdentifierBuilder.FromText(singular);
        if (name.Length == 0)
        {
            return "CrmObject" + ((uint)StableHash(singular)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return char.IsDigit(name[0]) ? "Crm" + name : name;
    }

    // Oldest first, so a property added later never takes a name an existing one already has: adding a property to the account
    // does not rename existing members. A property without createdAt counts as newest, so it cannot displace dated ones either.
    private static List<PropertySchemaSpec> InNamingOrder(EquatableArray<PropertySchemaSpec> properties)
    {
        var ordered = new List<PropertySchemaSpec>(properties);
        ordered.Sort(static (left, right) =>
        {
            var byPresence = (left.CreatedAt is null).CompareTo(right.CreatedAt is null);
            if (byPresence != 0)
            {
                return byPresence;
            }

            var byAge = string.CompareOrdinal(left.CreatedAt ?? string.Empty, right.CreatedAt ?? string.Empty);
            return byAge != 0 ? byAge : string.CompareOrdinal(left.Name, right.Name);
        });
        return ordered;
    }

    private (PropertySchemaSpec Schema, string MemberName, PropertyKind Kind, EnumSpec? Enum) NameProperty(PropertySchemaSpec property, PropertyOverrideSpec? propertyOverride)
    {
        var memberName = MemberNameFor(property, propertyOverride?.Name);
        var kind = KindOf(property);
        EnumSpec? enumSpec = null;
        if (kind is PropertyKind.Picklist or PropertyKind.MultiPicklist)
        {
            enumSpec = BuildEnum(property, memberName, kind == PropertyKind.MultiPicklist, propertyOverride);
            if (enumSpec is null)
            {
                kind = PropertyKind.EnumerationString;
            }
        }

        return (property, memberName, kind, enumSpec);
    }

    private string MemberNameFor(PropertySchemaSpec property, string? chosen)
    {
        if (chosen is not null)
        {
            return Allocate(property.Name, _recordName, chosen, Array.Empty<string>(), _memberNames, NameShape.Property, TakenByProperty, owner: property.Name);
        }

        // hs_ is dropped (hs_object_id -> ObjectId) unless the account also has the unprefixed property (hs_createdate beside
        // createdate), which then keeps the plain name and this one keeps the prefix (HsCreateDate).
        var hasPrefix = property.Name.StartsWith(HubSpotPrefix, StringComparison.Ordinal)
            && property.Name.Length > HubSpotPrefix.Length
            && !_wireNames.Contains(property.Name.Substring(HubSpotPrefix.Length));
        var full = Identifier(IdentifierBuilder.FromWireName(property.Name, property.Label), "Property");
        var preferred = hasPrefix ? Identifier(IdentifierBuilder.FromWireName(property.Name.Substring(HubSpotPrefix.Length), property.Label), "Property") : full;
        if (preferred.Length == 0)
        {
            preferred = "Property";
            Issue(DiagnosticCatalogue.NoUsableName.Id, property.Name, _recordName, property.Name, preferred);
        }

        return Allocate(property.Name, _recordName, preferred, new[] { full }, _memberNames, NameShape.Property, TakenByProperty, owner: property.Name);
    }

    private string Allocate(string propertyName, string scope, string preferred, string[] alternatives, NameScope names, NameShape shape, string because, string owner, string? what = null)
    {
        var name = names.Allocate(shape, preferred, alternatives, "_", because, out var conflict, owner);
        if (conflict is not null)
        {
            Issue(DiagnosticCatalogue.MemberRenamed.Id, propertyName, scope, what ?? propertyName, preferred, conflict, name);
        }

        return name;
    }

    private PropertyKind KindOf(PropertySchemaSpec property)
    {
        var kind = MappedKindOf(property);
        if (kind is null)
        {
            Issue(DiagnosticCatalogue.UnmappedType.Id, property.Name, property.Name, _schema.SnapshotName, property.Type, property.FieldType);
        }

        return kind ?? PropertyKind.String;
    }

    // Null for a type without a typed mapping, which is generated as a string.
    private static PropertyKind? MappedKindOf(PropertySchemaSpec property)
    {
        switch (property.Type)
        {
            case "string":
                return PropertyKind.String;
            case "number":
                return PropertyKind.Number;
            case "bool":
                return PropertyKind.Bool;
            case "date":
                return PropertyKind.Date;
            case "datetime":
                return PropertyKind.DateTime;
            case "enumeration":
                if (property.FieldType == "booleancheckbox")
                {
                    return PropertyKind.Bool;
                }

                // Options fed from elsewhere (owners) come without a list; when HubSpot lists them anyway (lifecycle stages)
                // an enum is generated and values added later stay readable as raw picklist values.
                if (property.Options.Count == 0)
                {
                    return PropertyKind.EnumerationString;
                }

                return property.FieldType == "checkbox" ? PropertyKind.MultiPicklist : PropertyKind.Picklist;
            default:
                return null;
        }
    }

    // Whether the property gets a picklist enum: a picklist with at least one option that can round-trip.
    private static bool HasEnum(PropertySchemaSpec property)
    {
        var kind = MappedKindOf(property);
        if (kind == PropertyKind.Picklist)
        {
            return true;
        }

        if (kind != PropertyKind.MultiPicklist)
        {
            return false;
        }

        foreach (var option in property.Options)
        {
            if (option.Value.IndexOf(';') < 0)
            {
                return true;
            }
        }

        return false;
    }

    private EnumSpec? BuildEnum(PropertySchemaSpec property, string memberName, bool multiSelect, PropertyOverrideSpec? propertyOverride)
    {
        var members = new List<EnumMemberSpec>(property.Options.Count);
        var memberNames = new NameScope(StringComparer.Ordinal);
        foreach (var reserved in GeneratedMembers.Enum)
        {
            memberNames.Reserve(NameShape.Single, reserved, GeneratedMembers.ReservedBecause);
        }

        foreach (var option in property.Options)
        {
            if (!(multiSelect && option.Value.IndexOf(';') >= 0) && ChosenOptionName(propertyOverride, option.Value) is { } chosen)
            {
                memberNames.Promise(NameShape.Single, chosen, option.Value, ChosenFor + "option '" + option.Value + "'");
            }
        }

        foreach (var option in property.Options)
        {
            if (multiSelect && option.Value.IndexOf(';') >= 0)
            {
                Issue(DiagnosticCatalogue.MultiSelectOptionWithSeparator.Id, property.Name, property.Name, _schema.SnapshotName, option.Value);
                continue;
            }

            var fromValue = Identifier(IdentifierBuilder.FromText(option.Value), "Option");
            var preferred = ChosenOptionName(propertyOverride, option.Value) ?? Identifier(IdentifierBuilder.FromText(option.Label), "Option");
            if (preferred.Length == 0)
            {
                preferred = fromValue.Length > 0 ? fromValue : "Empty";
            }

            // Two pipelines may each have a stage "New": the later one is told apart by its pipeline's label (BillingPipelineNew).
            var alternatives = option.Pipeline is null
                ? new[] { fromValue }
                : new[] { Identifier(IdentifierBuilder.FromText(option.Pipeline + " " + option.Label), "Option"), fromValue };
            var name = Allocate(property.Name, _recordName + "." + memberName, preferred, alternatives, memberNames, NameShape.Single, "is already used by another option", option.Value, "option '" + option.Value + "'");

            members.Add(new EnumMemberSpec(name, option.Value, option.Label, option.Description, option.Hidden, IsStage: option.Pipeline is not null));
        }

        if (members.Count == 0)
        {
            return null;
        }

        // ContactLifecycleStage, but TicketPriority rather than TicketTicketPriority.
        var defaultName = memberName.StartsWith(_recordName, StringComparison.Ordinal) ? memberName : _recordName + memberName;
        var preferredType = propertyOverride?.EnumName ?? defaultName;
        var typeName = _typeNames.Allocate(
            NameShape.Enum, preferredType, new[] { _recordName + memberName }, "_", "is already used by the picklist enum of property '" + property.Name + "' of object type " + _objectType, out var conflict, EnumOwner(_schema, property));
        if (conflict is not null)
        {
            Issue(DiagnosticCatalogue.TypeRenamed.Id, property.Name, "Picklist '" + property.Name + "' of object type " + _objectType, preferredType, conflict, typeName);
        }

        return new EnumSpec(typeName, typeName + GeneratedMembers.ExtensionsSuffix, members.ToEquatableArray());
    }

    private static string? ChosenOptionName(PropertyOverrideSpec? propertyOverride, string value)
    {
        if (propertyOverride is null)
        {
            return null;
        }

        foreach (var option in propertyOverride.Options)
        {
            if (option.Value == value)
            {
                return option.Name;
            }
        }

        return null;
    }

    private static string Describe(ObjectSchemaSpec schema) => "'" + schema.ObjectName + "' (" + schema.TypeId + ")";

    // A type id has no spaces, so this is unique among the namespace scope's owners.
    private static string EnumOwner(ObjectSchemaSpec schema, PropertySchemaSpec property) => schema.TypeId + " " + property.Name;

    private static string Identifier(string name, string digitPrefix) => IdentifierBuilder.WithDigitPrefix(name, digitPrefix);

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    private void Issue(string id, string propertyName, params string[] arguments) =>
        _issues.Add(new NamingIssue(id, _schema.SnapshotPath, _schema.JsonPath, propertyName, new EquatableArray<string>(arguments)));
}
