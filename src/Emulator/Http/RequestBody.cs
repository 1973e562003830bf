using System.Buffers;
using System.Text.Json;
using Spoke.Text;

namespace Spoke.Emulator.Http;

/// <summary>
/// Reads a request's JSON body, refusing what HubSpot refuses with its "Invalid input JSON" error: text that is not
/// JSON, not UTF-8, or holds an escaped lone surrogate (<see cref="Utf8JsonText"/>). Checked here, once, so no endpoint
/// reading a string later can fail on it.
/// </summary>
internal static class RequestBody
{
    /// <summary>The largest body read: Kestrel's default limit, applied to the in-memory handler too.</summary>
    public const long MaxBytes = 30_000_000;

    public static async Task<JsonDocument> ReadAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var (buffer, length) = await ReadBytesAsync(context.Request, cancellationToken).ConfigureAwait(false);
        try
        {
            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a body that must be a JSON object.</summary>
    public static async Task<JsonDocument> ReadObjectAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var document = await ReadAsync(context, cancellationToken).ConfigureAwait(false);
        var kind = document.RootElement.ValueKind;
        if (kind != JsonValueKind.Object)
        {
            document.Dispose();
            throw ApiProblem.InvalidJson($"expected a JSON object but the body is {Describe(kind)}.");
        }

        return document;
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    /// <summary>The whole body in a rented buffer (return it to the pool) and its length.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            throw TooLarge();
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var body = read.Buffer;
            if (body.Length > MaxBytes)
            {
                reader.AdvanceTo(body.End);
                throw TooLarge();
            }

            if (read.IsCompleted)
            {
                // The sequence is not valid once advanced past, so its length is taken first.
                var length = (int)body.Length;
                var buffer = ArrayPool<byte>.Shared.Rent(length);
                body.CopyTo(buffer);
                reader.AdvanceTo(body.End);
                return (buffer, length);
            }

            reader.AdvanceTo(body.Start, body.End);
        }
    }

    private static JsonDocument Parse(ReadOnlySpan<byte> body)
    {
        if (Utf8JsonText.FindUnreadableText(body) is { } unreadable)
        {
            throw ApiProblem.InvalidJson($"the body's text cannot be read: {unreadable}. Send JSON in UTF-8.");
        }

        var reader = new Utf8JsonReader(body);
        try
        {
            var document = JsonDocument.ParseValue(ref reader);
            try
            {
                // Reading past the value makes the reader reject anything after it.
                reader.Read();
            }
            catch
            {
                document.Dispose();
                throw;
            }

            return document;
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            throw ApiProblem.InvalidJson($"line {line}, column {column}: the body must be a JSON document. {exception.Message}");
        }
    }

    private static ApiProblem TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCategories.Validation, $"The request body is larger than the {MaxBytes:N0} bytes the emulator reads.");
}
