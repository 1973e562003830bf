namespace Spoke.Cli.Schema.Diff;

/// <summary>
/// Compares two schemas and classifies each change by whether it breaks code compiled against the old one: anything
/// that removes or retypes a generated member (object, property, enum member, settable property) is breaking;
/// additions and field-type changes that keep the C# type are not.
/// </summary>
internal static class SchemaDiffer
{
    /// <summary>Lists every change from <paramref name="before"/> to <paramref name="after"/>, ordered by object, property and kind.</summary>
    public static IReadOnlyList<SchemaChange> Compare(
        IReadOnlyDictionary<string, ObjectShape> before, IReadOnlyDictionary<string, ObjectShape> after)
    {
        var changes = new List<SchemaChange>();
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            switch (before.GetValueOrDefault(name), after.GetValueOrDefault(name))
            {
                case (null, { } added):
                    changes.Add(new(name, null, SchemaChangeKind.ObjectAdded, $"{added.Properties.Count} properties", IsBreaking: false));
                    break;
                case ({ } removed, null):
                    changes.Add(new(name, null, SchemaChangeKind.ObjectRemoved, $"{removed.Properties.Count} properties", IsBreaking: true));
                    break;
                case ({ } old, { } @new):
                    CompareProperties(name, old, @new, changes);
                    break;
            }
        }

        return changes;
    }

    private static void CompareProperties(string objectName, ObjectShape before, ObjectShape after, List<SchemaChange> changes)
    {
        foreach (var name in before.Properties.Keys.Union(after.Properties.Keys).Order(StringComparer.Ordinal))
        {
            switch (before.Properties.GetValueOrDefault(name), after.Properties.GetValueOrDefault(name))
            {
                case (null, { } added):
                    changes.Add(new(objectName, name, SchemaChangeKind.PropertyAdded, Describe(added), IsBreaking: false));
                    break;
                case ({ } removed, null):
                    changes.Add(new(objectName, name, SchemaChangeKind.PropertyRemoved, Describe(removed), IsBreaking: true));
                    break;
                case ({ } old, { } @new):
                    CompareProperty(objectName, old, @new, changes);
                    break;
            }
        }
    }

    private static void CompareProperty(string objectName, PropertyShape before, PropertyShape after, List<SchemaChange> changes)
    {
        var name = before.Name;
        if (before.Type != after.Type)
        {
            changes.Add(new(objectName, name, SchemaChangeKind.TypeChanged, $"{Describe(before)} -> {Describe(after)}", IsBreaking: true));
        }
        else if (before.FieldType != after.FieldType)
        {
            changes.Add(new(
                objectName,
                name,
                SchemaChangeKind.FieldTypeChanged,
                $"{Describe(before)} -> {Describe(after)}",
                IsBreaking: before.IsMultiSelect != after.IsMultiSelect));
        }

        if (before.IsReadOnly != after.IsReadOnly)
        {
            changes.Add(after.IsReadOnly
                ? new(objectName, name, SchemaChangeKind.BecameReadOnly, "writable -> read-only", IsBreaking: true)
                : new(objectName, name, SchemaChangeKind.BecameWritable, "read-only -> writable", IsBreaking: false));
        }

        if (before.IsPicklist && after.IsPicklist)
        {
            CompareOptions(objectName, name, before.Options, after.Options, changes);
        }
    }

    private static void CompareOptions(
        string objectName, string propertyName, IReadOnlyList<OptionShape> before, IReadOnlyList<OptionShape> after, List<SchemaChange> changes)
    {
        var oldByValue = ByValue(before);
        var newByValue = ByValue(after);
        foreach (var value in oldByValue.Keys.Union(newByValue.Keys).Order(StringComparer.Ordinal))
        {
            switch (oldByValue.GetValueOrDefault(value), newByValue.GetValueOrDefault(value))
            {
                case (null, { } added):
                    changes.Add(new(objectName, propertyName, SchemaChangeKind.OptionAdded, $"\"{value}\" ({added.Label})", IsBreaking: false));
                    break;
                case ({ } removed, null):
                    changes.Add(new(objectName, propertyName, SchemaChangeKind.OptionRemoved, $"\"{value}\" ({removed.Label})", IsBreaking: true));
                    break;
                case ({ } old, { } @new) when old.Label != @new.Label:
                    changes.Add(new(
                        objectName,
                        propertyName,
                        SchemaChangeKind.OptionRelabelled,
                        $"\"{value}\": \"{old.Label}\" -> \"{@new.Label}\"",
                        IsBreaking: !SameIdentifierWords(old.Label, @new.Label)));
                    break;
            }
        }
    }

    // The generator names an enum member after its option's label, from the label's letters and digits; a relabel that
    // changes those renames the member (unless spoke.json pins the name), one that only changes case, spacing or
    // punctuation does not.
    private static bool SameIdentifierWords(string before, string after) =>
        before.Where(char.IsLetterOrDigit).SequenceEqual(after.Where(char.IsLetterOrDigit), CaseInsensitiveChar.Instance);

    private static Dictionary<string, OptionShape> ByValue(IReadOnlyList<OptionShape> options)
    {
        var byValue = new Dictionary<string, OptionShape>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            byValue.TryAdd(option.Value, option);
        }

        return byValue;
    }

    private static string Describe(PropertyShape property) => $"{property.Type}/{property.FieldType}";

    private sealed class CaseInsensitiveChar : IEqualityComparer<char>
    {
        public static readonly CaseInsensitiveChar Instance = new();

        public bool Equals(char x, char y) => char.ToUpperInvariant(x) == char.ToUpperInvariant(y);

        public int GetHashCode(char obj) => char.ToUpperInvariant(obj).GetHashCode();
    }
}
