using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Spoke.Agents.Mcp;

/// <summary>
/// One raw JSON-RPC frame (a stdio line or an HTTP body) read the way the MCP SDK reads it, to audit the frames the SDK
/// turns away before any filter sees them: whether it is a message at all, and the method and tool it names, read as
/// far as a broken frame allows.
/// </summary>
internal static class JsonRpcFrame
{
    // Deep enough to step over any nesting a frame can carry, so a tool name after a deeply nested value is still found.
    private const int ScanDepth = 1_000_000;

    private static readonly JsonTypeInfo MessageType = McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage));

    /// <summary>Why the SDK cannot read the frame as a JSON-RPC message, or <see langword="null"/> when it can.</summary>
    public static string? Problem(ReadOnlySequence<byte> frame)
    {
        try
        {
            var reader = new Utf8JsonReader(frame, isFinalBlock: true, state: default);
            return JsonSerializer.Deserialize(ref reader, MessageType) is JsonRpcMessage
                ? null
                : "The frame is not a JSON-RPC message (it is null).";
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return $"The frame is not a JSON-RPC message: {exception.Message}";
        }
    }

    /// <summary>The <c>method</c> and <c>params.name</c> of a frame, as far as it can be read; empty where it cannot.</summary>
    public static (string Method, string Tool) Describe(ReadOnlySequence<byte> frame)
    {
        var method = string.Empty;
        var tool = string.Empty;
        try
        {
            var reader = new Utf8JsonReader(frame, new JsonReaderOptions { MaxDepth = ScanDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (method, tool);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = reader.ValueTextEquals("method"u8) ? "method" : reader.ValueTextEquals("params"u8) ? "params" : null;
                reader.Read();
                if (member == "method" && reader.TokenType == JsonTokenType.String)
                {
                    method = Text(ref reader, frame);
                }
                else if (member == "params" && reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadName(ref reader, frame, ref tool);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // A broken frame: keep what was read before the damage.
        }

        return (method, tool);
    }

    private static void ReadName(ref Utf8JsonReader reader, ReadOnlySequence<byte> frame, ref string name)
    {
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isName = reader.ValueTextEquals("name"u8);
            reader.Read();
            if (isName && !found)
            {
                name = reader.TokenType == JsonTokenType.String ? Text(ref reader, frame) : Raw(ref reader, frame);
                found = true;
            }
            else
            {
                reader.Skip();
            }
        }
    }

    // A string with an escaped unpaired surrogate cannot be read as a string; its raw text is kept instead.
    private static string Text(ref Utf8JsonReader reader, ReadOnlySequence<byte> frame)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return Raw(ref reader, frame);
        }
    }

    private static string Raw(ref Utf8JsonReader reader, ReadOnlySequence<byte> frame)
    {
        var start = reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(frame.Slice(start, reader.BytesConsumed - start));
    }
}
