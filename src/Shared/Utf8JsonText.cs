using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Spoke.Text;

/// <summary>
/// Finds text in a UTF-8 JSON document that cannot become a .NET string: bytes that are not UTF-8, and escaped lone
/// surrogates (<c>"\ud800"</c>), which JSON's grammar allows but Unicode does not. Checked before a document is read, so
/// no string read from it later can throw. Compiled into the runtime (webhook bodies) and the emulator (request bodies),
/// which share no assembly.
/// </summary>
internal static class Utf8JsonText
{
    /// <summary>What makes the text unreadable, with its byte offset, or <see langword="null"/>. Malformed JSON is left to the parser.</summary>
    public static string? FindUnreadableText(ReadOnlySpan<byte> json)
    {
        if (!Utf8.IsValid(json))
        {
            return $"it is not valid UTF-8 (the first bad byte is at offset {FirstInvalidByte(json)})";
        }

        // Only a \u escape can spell a lone surrogate; most documents have none and skip the second pass.
        if (json.IndexOf("\\u"u8) < 0)
        {
            return null;
        }

        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !CanUnescape(ref reader))
                {
                    return $"the text at offset {reader.TokenStartIndex} holds an escaped lone surrogate (a \\uD800-\\uDFFF escape without its pair), which is not Unicode";
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the parser that reads the document next reports where it goes wrong.
        }

        return null;
    }

    private static bool CanUnescape(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static long FirstInvalidByte(ReadOnlySpan<byte> text)
    {
        Span<char> scratch = stackalloc char[256];
        long offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(text, scratch, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            text = text[read..];
            if (status != OperationStatus.DestinationTooSmall)
            {
                return offset;
            }
        }
    }
}
