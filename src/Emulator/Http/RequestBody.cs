using System.Text.Json;

namespace Spoke.Emulator.Http;

/// <summary>Reads a request's JSON body, refusing what HubSpot refuses with its "Invalid input JSON" error.</summary>
internal static class RequestBody
{
    public static async Task<JsonDocument> ReadAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            throw ApiProblem.InvalidJson($"line {line}, column {column}: the body must be a JSON document. {exception.Message}");
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
}
