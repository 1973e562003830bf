using System;
using System.Collections.Generic;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Model;
using Spoke.Generator.Naming;
using Spoke.Generator.Reading;

namespace Spoke.Generator.Mapping;

/// <summary>
/// Turns one object's schema into the emit model: C# names (stable, collision-free), representations, enums.
/// Pure and deterministic, so it runs in the cached pipeline and again, identically, where diagnostics are reported.
/// </summary>
internal sealed class ObjectModelBuilder
{
    private const string HubSpotPrefix = "hs_";

    // Members the generated record, input and fields types declare or inherit; a property never takes these names.
    // TryReadProperty, ReadProperty and KeepAdditionalProperty are no longer declared, but stay reserved: freeing them
    // would rename a property that resolved around them (ReadProperty2 -> ReadProperty) when a user upgrades.
    private static readonly string[] ReservedMemberNames =
    {
        "Id", "CreatedAt", "UpdatedAt", "Archived", "ArchivedAt", "AdditionalProperties", "Associations", "ObjectType",
        "PropertyNames", "Properties", "ReadFrom", "TryDecodeProperty", "TryReadProperty", "Where", "Search", "Changes",
        "SetProperty", "Unset", "WriteProperties", "SetWireValue", "Equals", "GetHashCode", "ToString", "GetType",
        "MemberwiseClone", "Finalize", "ReferenceEquals", "ReadProperty", "KeepAdditionalProperty",
    };

    private readonly ObjectSchemaSpec _schema;
    private readonly ObjectOverrideSpec _overrides;
    private readonly List<PropertyIssue> _issues = new();
    private readonly NameAllocator _typeNames = new(StringComparer.OrdinalIgnoreCase, Array.Empty<string>());
    private readonly NameAllocator _memberNames = new(StringComparer.Ordinal, ReservedMemberNames);
    private readonly HashSet<string> _wireNames = new(StringComparer.Ordinal);
    private readonly string _recordName;

    private ObjectModelBuilder(ObjectInputSpec input)
    {
        _schema = input.Schema;
        _overrides = input.Overrides;
        _recordName = input.RecordName;
    }

    public static ObjectBuildResult Build(ObjectInputSpec input, GeneratorOptionsSpec options) =>
        new ObjectModelBuilder(input).Build(options);

    /// <summary>The record type name an object type asks for: its spoke.json <c>typeName</c>, else one made from its singular.</summary>
    public static string PreferredTypeName(ObjectSchemaSpec schema, ObjectOverrideSpec overrides) =>
        overrides.TypeName ?? TypeNameFor(schema.SingularName);

    private ObjectBuildResult Build(GeneratorOptionsSpec options)
    {
        var inputName = _recordName + "Input";
        var fieldsName = _recordName + "Fields";
        foreach (var typeName in new[] { _recordName, inputName, fieldsName })
        {
            _typeNames.Allocate(typeName, Array.Empty<string>(), out _);
            _memberNames.Reserve(typeName);
        }

        foreach (var property in _schema.Properties)
        {
            _wireNames.Add(property.Name);
        }

        var properties = new List<PropertySpec>(_schema.Properties.Count);
        foreach (var property in InNamingOrder(_schema.Properties))
        {
            var propertyOverride = _overrides.For(property.Name);
            if (propertyOverride is not { Exclude: true })
            {
                properties.Add(BuildProperty(property, propertyOverride));
            }
        }

        properties.Sort(static (left, right) => string.CompareOrdinal(left.WireName, right.WireName));
        var spec = new ObjectSpec(
            options.Namespace,
            _schema.SnapshotName,
            _schema.ObjectName,
            _schema.TypeId,
            _schema.IsCustom ? null : WellKnownObject.Find(_schema.ObjectName)?.RuntimeMember,
            _recordName,
            inputName,
            fieldsName,
            properties.ToEquatableArray());
        return new ObjectBuildResult(spec, _issues.ToEquatableArray());
    }

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

    private PropertySpec BuildProperty(PropertySchemaSpec property, PropertyOverrideSpec? propertyOverride)
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

        return new PropertySpec(
            property.Name,
            memberName,
            kind,
            property.ReadOnly,
            property.Label,
            property.Description,
            property.GroupName,
            property.Type,
            property.FieldType,
            property.Hidden,
            enumSpec);
    }

    private string MemberNameFor(PropertySchemaSpec property, string? chosen)
    {
        if (chosen is not null)
        {
            return Allocate(property.Name, _recordName, chosen, Array.Empty<string>(), _memberNames);
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
            Issue(DiagnosticDescriptors.NoUsableName.Id, property.Name, _recordName, property.Name, preferred);
        }

        return Allocate(property.Name, _recordName, preferred, new[] { full }, _memberNames);
    }

    private string Allocate(string propertyName, string scope, string preferred, string[] alternatives, NameAllocator allocator, string? what = null)
    {
        var name = allocator.Allocate(preferred, alternatives, out var conflict);
        if (conflict is not null)
        {
            Issue(DiagnosticDescriptors.MemberRenamed.Id, propertyName, scope, what ?? propertyName, preferred, conflict, name);
        }

        return name;
    }

    private PropertyKind KindOf(PropertySchemaSpec property)
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
                Issue(DiagnosticDescriptors.UnmappedType.Id, property.Name, property.Name, _schema.SnapshotName, property.Type, property.FieldType);
                return PropertyKind.String;
        }
    }

    private EnumSpec? BuildEnum(PropertySchemaSpec property, string memberName, bool multiSelect, PropertyOverrideSpec? propertyOverride)
    {
        var members = new List<EnumMemberSpec>(property.Options.Count);
        var memberNames = new NameAllocator(StringComparer.Ordinal, new[] { "value__" });
        foreach (var option in property.Options)
        {
            if (multiSelect && option.Value.IndexOf(';') >= 0)
            {
                Issue(DiagnosticDescriptors.MultiSelectOptionWithSeparator.Id, property.Name, property.Name, _schema.SnapshotName, option.Value);
                continue;
            }

            var fromValue = Identifier(IdentifierBuilder.FromText(option.Value), "Option");
            var preferred = ChosenOptionName(propertyOverride, option.Value) ?? Identifier(IdentifierBuilder.FromText(option.Label), "Option");
            if (preferred.Length == 0)
            {
                preferred = fromValue.Length > 0 ? fromValue : "Empty";
            }

            var name = Allocate(property.Name, _recordName + "." + memberName, preferred, new[] { fromValue }, memberNames, "option '" + option.Value + "'");

            members.Add(new EnumMemberSpec(name, option.Value, option.Label, option.Description, option.Hidden));
        }

        if (members.Count == 0)
        {
            return null;
        }

        // ContactLifecycleStage, but TicketPriority rather than TicketTicketPriority.
        var defaultName = memberName.StartsWith(_recordName, StringComparison.Ordinal) ? memberName : _recordName + memberName;
        var typeName = _typeNames.Allocate(propertyOverride?.EnumName ?? defaultName, new[] { _recordName + memberName }, out _);
        var extensionsName = _typeNames.Allocate(typeName + "Extensions", Array.Empty<string>(), out _);
        return new EnumSpec(typeName, extensionsName, members.ToEquatableArray());
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

    private static string Identifier(string name, string digitPrefix) =>
        name.Length > 0 && char.IsDigit(name[0]) ? digitPrefix + name : name;

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
        _issues.Add(new PropertyIssue(id, propertyName, new EquatableArray<string>(arguments)));
}
