using System;
using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>
/// Compares two sets of generated names: object types by type id, properties by wire name, options by wire value. Every name
/// that existed and is gone, renamed, retyped or now stands for something else is a breaking change; additions are not.
/// </summary>
internal sealed class NameComparison
{
    private readonly List<NameChange> _changes = new();

    private NameComparison()
    {
    }

    public static List<NameChange> Compare(GeneratedNames before, GeneratedNames after)
    {
        var comparison = new NameComparison();
        comparison.CompareObjects(before, after);
        comparison._changes.Sort(static (left, right) =>
        {
            var order = string.CompareOrdinal(left.ObjectName, right.ObjectName);
            order = order != 0 ? order : string.CompareOrdinal(left.TypeId, right.TypeId);
            order = order != 0 ? order : string.CompareOrdinal(left.PropertyName, right.PropertyName);
            order = order != 0 ? order : string.CompareOrdinal(left.OptionValue, right.OptionValue);
            return order != 0 ? order : left.Kind.CompareTo(right.Kind);
        });
        return comparison._changes;
    }

    private void CompareObjects(GeneratedNames before, GeneratedNames after)
    {
        var afterByTypeId = new Dictionary<string, GeneratedObject>(StringComparer.Ordinal);
        foreach (var generated in after.Objects)
        {
            afterByTypeId[generated.TypeId] = generated;
        }

        var beforeTypeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var old in before.Objects)
        {
            beforeTypeIds.Add(old.TypeId);
            if (!afterByTypeId.TryGetValue(old.TypeId, out var current))
            {
                Add(NameChangeKind.ObjectRemoved, old, null, null, old.RecordName, null, $"{old.RecordName}, {old.InputName} and {old.FieldsName} ({Describe(old)}) are no longer generated");
                continue;
            }

            if (!string.Equals(old.RecordName, current.RecordName, StringComparison.Ordinal))
            {
                Add(NameChangeKind.RecordRenamed, old, null, null, old.RecordName, current.RecordName, $"{old.RecordName} ({Describe(old)}) is now {current.RecordName}, with {current.InputName} and {current.FieldsName}");
            }

            CompareProperties(old, current);
        }

        foreach (var current in after.Objects)
        {
            if (!beforeTypeIds.Contains(current.TypeId))
            {
                Add(NameChangeKind.ObjectAdded, current, null, null, null, current.RecordName, $"{current.RecordName}, {current.InputName} and {current.FieldsName} ({Describe(current)}) are new");
            }
        }

        CompareTypeOwners(before, after);
    }

    private void CompareProperties(GeneratedObject old, GeneratedObject current)
    {
        foreach (var property in old.Properties)
        {
            var now = current.FindProperty(property.WireName);
            if (now is null)
            {
                Add(NameChangeKind.PropertyRemoved, old, property.WireName, null, property.MemberName, null, $"{old.RecordName}.{property.MemberName} ({property.WireName}) is no longer generated");
                continue;
            }

            if (!string.Equals(property.MemberName, now.MemberName, StringComparison.Ordinal))
            {
                Add(NameChangeKind.PropertyRenamed, old, property.WireName, null, property.MemberName, now.MemberName, $"{old.RecordName}.{property.MemberName} ({property.WireName}) is now {now.MemberName}");
            }

            if (property.ValueKind != now.ValueKind)
            {
                Add(NameChangeKind.ValueTypeChanged, old, property.WireName, null, property.ValueType, now.ValueType, $"{old.RecordName}.{property.MemberName} ({property.WireName}) was {property.ValueType}, is now {now.ValueType}");
            }

            if (property.IsReadOnly != now.IsReadOnly)
            {
                Add(
                    now.IsReadOnly ? NameChangeKind.BecameReadOnly : NameChangeKind.BecameWritable,
                    old,
                    property.WireName,
                    null,
                    property.MemberName,
                    now.MemberName,
                    now.IsReadOnly
                        ? $"{old.RecordName}.{property.MemberName} ({property.WireName}) became read-only: {old.InputName}.{property.MemberName} is no longer generated"
                        : $"{old.RecordName}.{property.MemberName} ({property.WireName}) became writable: {current.InputName}.{now.MemberName} is new");
            }

            if (property.Enum is { } oldEnum && now.Enum is { } newEnum)
            {
                CompareEnums(old, property, oldEnum, newEnum);
            }
        }

        foreach (var now in current.Properties)
        {
            if (old.FindProperty(now.WireName) is null)
            {
                Add(NameChangeKind.PropertyAdded, current, now.WireName, null, null, now.MemberName, $"{current.RecordName}.{now.MemberName} ({now.WireName}) is new");
            }
        }

        CompareOwners(
            old,
            Owners(old.Properties, static property => property.MemberName, static property => property.WireName),
            Owners(current.Properties, static property => property.MemberName, static property => property.WireName),
            static (record, name, before, after) => $"{record}.{name} now stands for property {after}; it stood for {before}",
            propertyName: null);
    }

    private void CompareEnums(GeneratedObject owner, GeneratedProperty property, GeneratedEnum old, GeneratedEnum current)
    {
        if (!string.Equals(old.TypeName, current.TypeName, StringComparison.Ordinal))
        {
            Add(NameChangeKind.EnumRenamed, owner, property.WireName, null, old.TypeName, current.TypeName, $"{old.TypeName} (the picklist of {owner.RecordName}.{property.MemberName}, {property.WireName}) is now {current.TypeName}, with {current.ExtensionsName}");
        }

        foreach (var option in old.Options)
        {
            var now = current.FindOption(option.WireValue);
            if (now is null)
            {
                Add(NameChangeKind.OptionRemoved, owner, property.WireName, option.WireValue, option.MemberName, null, $"{old.TypeName}.{option.MemberName} (option '{option.WireValue}') is no longer generated");
            }
            else if (!string.Equals(option.MemberName, now.MemberName, StringComparison.Ordinal))
            {
                Add(NameChangeKind.OptionRenamed, owner, property.WireName, option.WireValue, option.MemberName, now.MemberName, $"{old.TypeName}.{option.MemberName} (option '{option.WireValue}') is now {now.MemberName}");
            }
        }

        foreach (var now in current.Options)
        {
            if (old.FindOption(now.WireValue) is null)
            {
                Add(NameChangeKind.OptionAdded, owner, property.WireName, now.WireValue, null, now.MemberName, $"{current.TypeName}.{now.MemberName} (option '{now.WireValue}') is new");
            }
        }

        CompareOwners(
            owner,
            Owners(old.Options, static option => option.MemberName, static option => option.WireValue),
            Owners(current.Options, static option => option.MemberName, static option => option.WireValue),
            (_, name, before, after) => $"{old.TypeName}.{name} now stands for option '{after}'; it stood for '{before}'",
            property.WireName);
    }

    // A record or enum name that now belongs to another object type or picklist.
    private void CompareTypeOwners(GeneratedNames before, GeneratedNames after)
    {
        var owners = TypeOwners(after);
        foreach (var pair in TypeOwners(before))
        {
            var (name, owner) = (pair.Key, pair.Value);
            if (owners.TryGetValue(name, out var now) && !string.Equals(owner.Key, now.Key, StringComparison.Ordinal))
            {
                Add(NameChangeKind.NameReassigned, owner.Object, owner.PropertyName, null, name, name, $"{name} now stands for {now.What}; it stood for {owner.What}");
            }
        }
    }

    private static Dictionary<string, (string Key, GeneratedObject Object, string? PropertyName, string What)> TypeOwners(GeneratedNames names)
    {
        var owners = new Dictionary<string, (string, GeneratedObject, string?, string)>(StringComparer.Ordinal);
        foreach (var generated in names.Objects)
        {
            owners[generated.RecordName] = (generated.TypeId, generated, null, "object type " + Describe(generated));
            foreach (var property in generated.Properties)
            {
                if (property.Enum is { } picklist)
                {
                    owners[picklist.TypeName] = (generated.TypeId + " " + property.WireName, generated, property.WireName, $"the picklist of property {property.WireName} of {Describe(generated)}");
                }
            }
        }

        return owners;
    }

    private void CompareOwners(GeneratedObject owner, Dictionary<string, string> before, Dictionary<string, string> after, Func<string, string, string, string, string> describe, string? propertyName)
    {
        foreach (var pair in before)
        {
            var (name, was) = (pair.Key, pair.Value);
            if (after.TryGetValue(name, out var now) && !string.Equals(was, now, StringComparison.Ordinal))
            {
                Add(NameChangeKind.NameReassigned, owner, propertyName ?? was, propertyName is null ? null : was, name, name, describe(owner.RecordName, name, was, now));
            }
        }
    }

    private static Dictionary<string, string> Owners<T>(IReadOnlyList<T> items, Func<T, string> name, Func<T, string> wire)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            owners[name(item)] = wire(item);
        }

        return owners;
    }

    private static string Describe(GeneratedObject generated) => "'" + generated.ObjectName + "' (" + generated.TypeId + ")";

    private void Add(NameChangeKind kind, GeneratedObject owner, string? propertyName, string? optionValue, string? before, string? after, string description) =>
        _changes.Add(new NameChange(kind, owner.ObjectName, owner.TypeId, propertyName, optionValue, before, after, description));
}
