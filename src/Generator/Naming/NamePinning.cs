using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Json;
using Spoke.Generator.Model;
using Spoke.Generator.Reading;

namespace Spoke.Generator.Naming;

/// <summary>
/// Finds every old name the new snapshots would change, writes a pin for each into spoke.json, and names the account again with
/// the pins, until every old name that can be kept is kept. A pin can move another name (a pinned name taken back from a new
/// property leaves that property another one), so this repeats; each round pins at least one more name, so it ends.
/// </summary>
internal static class NamePinning
{
    public static PinResult Pin(GeneratedNames before, NamingInput after, CancellationToken cancellationToken)
    {
        var path = after.Overrides?.Path ?? OverridesReader.FileName;
        var text = after.Overrides?.Text;
        var pins = new List<NamePin>();
        var pinned = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var overrides = Read(path, text, cancellationToken);
            var names = SchemaNaming.Compute(after.WithOverrides(text is null ? null : new NamingFile(path, text)), cancellationToken);
            var needed = Needed(Differences(before, names, overrides), pinned);

            if (needed.Count == 0)
            {
                pins.Sort(static (left, right) => string.CompareOrdinal(left.JsonPath, right.JsonPath));
                return new PinResult(text, pins.AsReadOnly(), names);
            }

            var entries = new List<PinEntry>(needed.Count);
            foreach (var pin in needed)
            {
                entries.Add(EntryOf(pin, overrides));
            }

            text = OverridesPinWriter.Write(text, entries);
            pins.AddRange(needed);
        }
    }

    // Names derive from names of an earlier kind (an enum's from its record's and property's), so only the earliest kind that
    // differs is pinned in one round: pinning a record name often brings its enums' names back without pins of their own. A pin
    // already written that did not hold (the name is now reserved) is not written again.
    private static List<NamePin> Needed(IEnumerable<NamePin> differences, HashSet<string> pinned)
    {
        var needed = new List<NamePin>();
        foreach (var pin in differences)
        {
            if (pinned.Contains(pin.JsonPath))
            {
                continue;
            }

            if (needed.Count > 0 && pin.Kind > needed[0].Kind)
            {
                continue;
            }

            if (needed.Count > 0 && pin.Kind < needed[0].Kind)
            {
                needed.Clear();
            }

            needed.Add(pin);
        }

        foreach (var pin in needed)
        {
            pinned.Add(pin.JsonPath);
        }

        return needed;
    }

    private static OverridesSpec Read(string path, string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return OverridesSpec.Empty;
        }

        var overrides = OverridesReader.Read(new SnapshotFile(path, text), cancellationToken);
        foreach (var diagnostic in overrides.Diagnostics)
        {
            if (diagnostic.Id == DiagnosticCatalogue.MalformedOverrides.Id)
            {
                var where = diagnostic.Location is { } location
                    ? " (line " + (location.StartLine + 1).ToString(CultureInfo.InvariantCulture) + ", column " + (location.StartColumn + 1).ToString(CultureInfo.InvariantCulture) + ")"
                    : string.Empty;
                throw new FormatException(
                    path + where + ": " + diagnostic.Arguments[0] + " (at JSON path " + diagnostic.Arguments[1] + ")."
                    + " The names to keep cannot be written into it; fix it and run again. Nothing was changed.");
            }
        }

        return overrides;
    }

    private static IEnumerable<NamePin> Differences(GeneratedNames before, GeneratedNames after, OverridesSpec overrides)
    {
        foreach (var old in before.Objects)
        {
            var current = OrdinalLookup.Find(after.Objects, static generated => generated.TypeId, old.TypeId);
            if (current is null)
            {
                continue;
            }

            var objectPath = ObjectPath(overrides, current);
            if (!string.Equals(old.RecordName, current.RecordName, StringComparison.Ordinal))
            {
                yield return new NamePin(NamePinKind.TypeName, current.ObjectName, current.TypeId, null, null, old.RecordName, current.RecordName, objectPath + ".typeName");
            }

            foreach (var property in old.Properties)
            {
                if (current.FindProperty(property.WireName) is not { } now)
                {
                    continue;
                }

                var propertyPath = JsonPath.Member(objectPath + ".properties", property.WireName);
                if (!string.Equals(property.MemberName, now.MemberName, StringComparison.Ordinal))
                {
                    yield return new NamePin(NamePinKind.MemberName, current.ObjectName, current.TypeId, property.WireName, null, property.MemberName, now.MemberName, propertyPath + ".name");
                }

                if (property.Enum is not { } oldEnum || now.Enum is not { } newEnum)
                {
                    continue;
                }

                if (!string.Equals(oldEnum.TypeName, newEnum.TypeName, StringComparison.Ordinal))
                {
                    yield return new NamePin(NamePinKind.EnumName, current.ObjectName, current.TypeId, property.WireName, null, oldEnum.TypeName, newEnum.TypeName, propertyPath + ".enumName");
                }

                foreach (var option in oldEnum.Options)
                {
                    if (newEnum.FindOption(option.WireValue) is { } member && !string.Equals(option.MemberName, member.MemberName, StringComparison.Ordinal))
                    {
                        yield return new NamePin(
                            NamePinKind.OptionName, current.ObjectName, current.TypeId, property.WireName, option.WireValue, option.MemberName, member.MemberName, JsonPath.Member(propertyPath + ".options", option.WireValue));
                    }
                }
            }
        }
    }

    private static PinEntry EntryOf(NamePin pin, OverridesSpec overrides)
    {
        var objectKey = ObjectKey(overrides, pin.ObjectName, pin.TypeId);
        return pin.Kind switch
        {
            NamePinKind.TypeName => new PinEntry(objectKey, null, isOption: false, "typeName", pin.Name),
            NamePinKind.MemberName => new PinEntry(objectKey, pin.PropertyName, isOption: false, "name", pin.Name),
            NamePinKind.EnumName => new PinEntry(objectKey, pin.PropertyName, isOption: false, "enumName", pin.Name),
            _ => new PinEntry(objectKey, pin.PropertyName, isOption: true, pin.OptionValue!, pin.Name),
        };
    }

    // The entry the generator reads for the object type, when spoke.json has one (keyed by API name in any case, or by type id).
    private static string ObjectKey(OverridesSpec overrides, string objectName, string typeId)
    {
        var existing = overrides.For(objectName, typeId);
        return existing.JsonPath.Length > 0 ? existing.ObjectName : objectName;
    }

    private static string ObjectPath(OverridesSpec overrides, GeneratedObject generated) =>
        JsonPath.Member("$.objects", ObjectKey(overrides, generated.ObjectName, generated.TypeId));
}
