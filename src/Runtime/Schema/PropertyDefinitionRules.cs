namespace Spoke.Schema;

/// <summary>
/// What HubSpot refuses in a property or group definition, checked before anything is sent so the caller learns what is
/// wrong and how to fix it: names (lower-case letters, digits and underscores, starting with a letter), the pairs of
/// <c>type</c> and <c>fieldType</c> HubSpot accepts (its properties guide), and options for enumerations.
/// </summary>
internal static class PropertyDefinitionRules
{
    private static readonly Dictionary<string, string[]> FieldTypesByType = new(StringComparer.Ordinal)
    {
        ["string"] = ["text", "textarea", "html", "file", "phonenumber", "calculation_equation"],
        ["number"] = ["number", "calculation_equation"],
        ["bool"] = ["booleancheckbox", "calculation_equation"],
        ["date"] = ["date"],
        ["datetime"] = ["date"],
        ["enumeration"] = ["select", "radio", "checkbox", "booleancheckbox", "calculation_equation"],
        ["phone_number"] = ["phonenumber"],
    };

    /// <summary>Throws unless <paramref name="name"/> is a name HubSpot accepts for a new property or group.</summary>
    public static string ValidNewName(string name, string what, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, paramName);
        if (!IsLowerAsciiLetter(name[0]) || !name.All(static c => IsLowerAsciiLetter(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new ArgumentException(
                $"'{Shown(name)}' is not a valid {what} name: HubSpot takes lower-case letters a-z, digits and underscores, starting with a letter (for example 'shoe_size'). Put spaces, capitals and other characters in the label.",
                paramName);
        }

        return name;
    }

    /// <summary>Throws unless <paramref name="name"/> can address an existing property or group in a URL path.</summary>
    public static string ValidExistingName(string name, string what, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, paramName);
        return name is "." or ".."
            ? throw new ArgumentException($"'{name}' is not a {what} name; pass the internal name HubSpot lists.", paramName)
            : name;
    }

    /// <summary>Throws unless <paramref name="label"/> has text.</summary>
    public static string ValidLabel(string label, string what, string paramName) =>
        string.IsNullOrWhiteSpace(label) ? throw new ArgumentException($"A {what} needs a non-empty label.", paramName) : label;

    /// <summary>Throws unless HubSpot pairs <paramref name="type"/> with <paramref name="fieldType"/>, listing the field types that suit the type.</summary>
    public static void CheckTypes(string type, string fieldType, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type, paramName);
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldType, paramName);
        if (!FieldTypesByType.TryGetValue(type, out var fieldTypes))
        {
            throw new ArgumentException(
                $"'{Shown(type)}' is not a property type HubSpot creates; use one of: {string.Join(", ", FieldTypesByType.Keys)}.", paramName);
        }

        if (!fieldTypes.Contains(fieldType, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"HubSpot does not pair type '{type}' with field type '{Shown(fieldType)}'; for '{type}' use one of: {string.Join(", ", fieldTypes)}.", paramName);
        }
    }

    /// <summary>
    /// Throws when the options do not suit <paramref name="type"/>: an enumeration needs at least one, and every option needs
    /// a label and a value no other option has.
    /// </summary>
    public static void CheckOptions(string? type, IReadOnlyList<CrmPropertyOption>? options, string paramName)
    {
        if (type == "enumeration" && options is not { Count: > 0 })
        {
            throw new ArgumentException(
                "An enumeration property needs at least one option: set Options to the values it takes, each with a label.", paramName);
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options ?? [])
        {
            if (option is null || string.IsNullOrEmpty(option.Value) || string.IsNullOrWhiteSpace(option.Label))
            {
                throw new ArgumentException("Every option needs a non-empty value and label.", paramName);
            }

            if (!values.Add(option.Value))
            {
                throw new ArgumentException($"Two options have the value '{Shown(option.Value)}'; each option's value must be distinct.", paramName);
            }
        }
    }

    /// <summary>Checks a whole property to create; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static void Check(CrmPropertyInput property, string paramName)
    {
        ArgumentNullException.ThrowIfNull(property, paramName);
        ValidNewName(property.Name, "property", paramName);
        ValidLabel(property.Label, "property", paramName);
        CheckTypes(property.Type, property.FieldType, paramName);
        ValidExistingName(property.GroupName, "property group", paramName);
        CheckOptions(property.Type, property.Options, paramName);
    }

    /// <summary>Checks changes to a property; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static void Check(CrmPropertyUpdate update, string paramName)
    {
        ArgumentNullException.ThrowIfNull(update, paramName);
        if (update == new CrmPropertyUpdate())
        {
            throw new ArgumentException("Nothing to change: set at least one member of the CrmPropertyUpdate.", paramName);
        }

        if (update.Label is not null)
        {
            ValidLabel(update.Label, "property", paramName);
        }

        if (update.GroupName is not null)
        {
            ValidExistingName(update.GroupName, "property group", paramName);
        }

        if (update.Type is not null || update.FieldType is not null)
        {
            if (update.Type is null || update.FieldType is null)
            {
                throw new ArgumentException("Change Type and FieldType together, so HubSpot can check they suit each other.", paramName);
            }

            CheckTypes(update.Type, update.FieldType, paramName);
        }

        CheckOptions(update.Type, update.Options, paramName);
    }

    private static bool IsLowerAsciiLetter(char c) => c is >= 'a' and <= 'z';

    private static string Shown(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");
}
