using System.Collections.Generic;

namespace Spoke.Generator.Json;

/// <summary>
/// A parsed JSON value that remembers where it came from (character offset and length in the file), so diagnostics can point
/// at it. Lives only while one snapshot is being read; never part of a pipeline model.
/// </summary>
internal sealed class JsonValue
{
    private static readonly List<JsonValue> NoItems = new(0);
    private static readonly List<KeyValuePair<string, JsonValue>> NoMembers = new(0);

    public JsonValue(JsonKind kind, int start, int length, string? text = null, List<JsonValue>? items = null, List<KeyValuePair<string, JsonValue>>? members = null)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
        Items = items ?? NoItems;
        Members = members ?? NoMembers;
    }

    public JsonKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The decoded string, or the literal text of a number.</summary>
    public string? Text { get; }

    public List<JsonValue> Items { get; }

    /// <summary>Object members in file order; a duplicated key keeps every occurrence.</summary>
    public List<KeyValuePair<string, JsonValue>> Members { get; }

    public JsonValue? Get(string name)
    {
        foreach (var member in Members)
        {
            if (member.Key == name)
            {
                return member.Value;
            }
        }

        return null;
    }

    public string? GetString(string name)
    {
        var value = Get(name);
        return value is { Kind: JsonKind.String } ? value.Text : null;
    }

    public bool GetBool(string name) => Get(name) is { Kind: JsonKind.True };
}
