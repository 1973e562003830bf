using System.Net;
using System.Text.Json;

namespace Spoke.Cli.Schema.Fetching;

/// <summary>Turns a HubSpot error response into one line that says what went wrong and what to do about it.</summary>
internal static class HubSpotErrorDescription
{
    /// <summary>Describes a failed response from its status code and HubSpot's error JSON (when the body is one).</summary>
    public static string Describe(HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        var (message, category, correlationId, requiredScopes) = ReadError(body);
        var text = $"{(int)status} {category ?? status.ToString()}";
        if (string.IsNullOrWhiteSpace(message))
        {
            text += ".";
        }
        else
        {
            text += $": {message.Trim().TrimEnd('.')}.";
        }

        text += status switch
        {
            HttpStatusCode.Unauthorized => " Check that the token is a valid, unexpired HubSpot access token.",
            HttpStatusCode.Forbidden when requiredScopes.Count > 0 => $" Grant the token the scopes: {string.Join(", ", requiredScopes)}.",
            HttpStatusCode.Forbidden => " Grant the token the crm.schemas.*.read scopes for these objects.",
            HttpStatusCode.NotFound or HttpStatusCode.BadRequest => " Check the object type name (for example contacts, deals, or a custom object's fully qualified name).",
            _ => string.Empty,
        };

        return correlationId is null ? text : $"{text} (correlation id {correlationId})";
    }

    private static (string? Message, string? Category, string? CorrelationId, List<string> RequiredScopes) ReadError(ReadOnlySpan<byte> body)
    {
        var scopes = new List<string>();
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null, scopes);
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    if (error.ValueKind == JsonValueKind.Object
                        && error.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object
                        && context.TryGetProperty("requiredScopes", out var required) && required.ValueKind == JsonValueKind.Array)
                    {
                        scopes.AddRange(required.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!));
                    }
                }
            }

            return (StringOrNull(root, "message"), StringOrNull(root, "category") ?? StringOrNull(root, "errorType"), StringOrNull(root, "correlationId"), scopes);
        }
        catch (JsonException)
        {
            return (null, null, null, scopes);
        }
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
