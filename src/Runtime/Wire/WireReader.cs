using System.Buffers;
using System.ComponentModel;
using System.Text.Json;

namespace Spoke.Wire;

/// <summary>Reads one value from a <see cref="Utf8JsonReader"/> positioned on it as the wire string a record keeps.</summary>
/// <remarks>For generated code: hidden from IntelliSense, and not meant to be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireReader
{
    /// <summary>Reads a value as a string: JSON strings as is, numbers and booleans as their text, <c>null</c> as <see langword="null"/>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    public static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        _ => ReadNestedAsText(ref reader),
    };

    private static string ReadNestedAsText(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }
}
