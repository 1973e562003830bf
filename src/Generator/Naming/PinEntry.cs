namespace Spoke.Generator.Naming;

/// <summary>
/// One value to write into spoke.json: under <c>objects.{ObjectKey}</c>, the member <see cref="Key"/> of that object's entry, or
/// of its <c>properties.{PropertyName}</c> entry, or of that entry's <c>options</c> when <see cref="IsOption"/>.
/// </summary>
internal sealed class PinEntry
{
    public PinEntry(string objectKey, string? propertyName, bool isOption, string key, string value)
    {
        ObjectKey = objectKey;
        PropertyName = propertyName;
        IsOption = isOption;
        Key = key;
        Value = value;
    }

    /// <summary>The object's key in spoke.json: the one the user wrote, or the API name for a new entry.</summary>
    public string ObjectKey { get; }

    public string? PropertyName { get; }

    public bool IsOption { get; }

    /// <summary><c>typeName</c>, <c>name</c>, <c>enumName</c>, or an option's wire value.</summary>
    public string Key { get; }

    /// <summary>The name to write.</summary>
    public string Value { get; }
}
