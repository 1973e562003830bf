using System.Text.Json;

namespace Spoke.Emulator.Json;

/// <summary>Reads optional members of request bodies.</summary>
internal static class JsonElementExtensions
{
    /// <summary>The member's value, or <c>default</c> (<see cref="JsonValueKind.Undefined"/>) when absent.</summary>
    public static JsonElement Member(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static string? StringMember(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>An id member given as a string or a number.</summary>
    public static string? IdMember(this JsonElement element, string name) =>
        element.Member(name) switch
        {
            { ValueKind: JsonValueKind.String } text => text.GetString(),
            { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
            _ => null,
        };

    public static IReadOnlyList<string>? StringList(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : null;
}
