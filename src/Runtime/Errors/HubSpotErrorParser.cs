using System.Text.Json;

namespace Spoke.Errors;

/// <summary>
/// Reads HubSpot's error JSON leniently: the documentation warns that any field may be missing, and gateways in front of
/// HubSpot answer with HTML, so nothing here throws on what arrives.
/// </summary>
internal static class HubSpotErrorParser
{
    /// <summary>Parses <paramref name="body"/>, or returns <see langword="null"/> when it is not a JSON object.</summary>
    public static HubSpotErrorBody? TryParse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object ? Read(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static HubSpotErrorBody Read(JsonElement root) => new()
    {
        Message = ReadString(root, "message"),
        Category = ReadString(root, "category"),
        SubCategory = ReadString(root, "subCategory"),
        CorrelationId = ReadString(root, "correlationId"),
        ErrorType = ReadString(root, "errorType"),
        PolicyName = ReadString(root, "policyName"),
        Context = ReadContext(root),
        Errors = ReadDetails(root),
    };

    private static List<HubSpotErrorDetail> ReadDetails(JsonElement root)
    {
        var details = new List<HubSpotErrorDetail>();
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return details;
        }

        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            details.Add(new HubSpotErrorDetail(
                ReadString(error, "message") ?? string.Empty,
                ReadString(error, "code"),
                ReadString(error, "in"),
                ReadString(error, "subCategory"),
                ReadContext(error)));
        }

        return details;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadContext(JsonElement owner)
    {
        if (!owner.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
        {
            return HubSpotException.EmptyContext;
        }

        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var entry in context.EnumerateObject())
        {
            values[entry.Name] = entry.Value.ValueKind == JsonValueKind.Array
                ? [.. entry.Value.EnumerateArray().Select(AsText)]
                : [AsText(entry.Value)];
        }

        return values;
    }

    private static string? ReadString(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? AsText(value) : null;

    private static string AsText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
