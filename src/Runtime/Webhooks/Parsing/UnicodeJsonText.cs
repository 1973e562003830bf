using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Spoke.Webhooks.Parsing;

/// <summary>
/// Rejects a body whose text cannot become .NET strings: bytes that are not UTF-8, and escaped lone surrogates
/// (<c>"\ud800"</c>), which JSON's grammar allows but Unicode does not. Checked up front, so no string the parser or a
/// handler reads later (including unknown fields kept as <see cref="JsonElement"/>s) can throw.
/// </summary>
internal static class UnicodeJsonText
{
    public static void EnsureValid(ReadOnlySpan<byte> body)
    {
        if (!Utf8.IsValid(body))
        {
            throw new WebhookPayloadException(
                $"The body is not valid UTF-8 (the first bad byte is at offset {FirstInvalidByte(body)}). HubSpot sends JSON in UTF-8.");
        }

        // Only a \u escape can spell a lone surrogate; most bodies have none and skip the second pass.
        if (body.IndexOf("\\u"u8) < 0)
        {
            return;
        }

        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !CanUnescape(ref reader))
                {
                    throw new WebhookPayloadException(
                        $"The body holds an escaped lone surrogate (a \\uD800-\\uDFFF escape without its pair) in the text at offset {reader.TokenStartIndex}; it is not Unicode text.");
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the parse that follows reports where it goes wrong.
        }
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
