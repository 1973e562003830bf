using System.Text.Json;
using Spoke.Json;

namespace Spoke.Http;

/// <summary>
/// The one reader of HubSpot's error JSON (<c>StandardError</c>): the body of a refused request and each entry of a batch
/// answer's <c>errors</c>. It reads leniently: the documentation warns that any field may be missing, and gateways in front of
/// HubSpot answer with HTML, so nothing here throws on what arrives.
/// </summary>
internal static class HubSpotErrorReader
{
    /// <summary>Reads <paramref name="body"/>, or returns <see langword="null"/> when it is not a JSON object.</summary>
    public static HubSpotErrorBody? TryRead(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? Read(ref reader) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads one error object from a reader positioned on its start.</summary>
    /// <exception cref="JsonException">The JSON is not an object, or is malformed.</exception>
    public static HubSpotErrorBody Read(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "an error object");
        string? message = null, category = null, subCategory = null, correlationId = null, errorType = null, policyName = null, code = null, location = null;
        IReadOnlyDictionary<string, IReadOnlyList<string>> context = HubSpotException.EmptyContext;
        IReadOnlyList<HubSpotErrorDetail> errors = [];
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("message"u8)) { message = ReadString(ref reader); }
            else if (reader.ValueTextEquals("category"u8)) { category = ReadString(ref reader); }
            else if (reader.ValueTextEquals("subCategory"u8)) { subCategory = ReadString(ref reader); }
            else if (reader.ValueTextEquals("correlationId"u8)) { correlationId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("errorType"u8)) { errorType = ReadString(ref reader); }
            else if (reader.ValueTextEquals("policyName"u8)) { policyName = ReadString(ref reader); }
            else if (reader.ValueTextEquals("code"u8)) { code = ReadString(ref reader); }
            else if (reader.ValueTextEquals("in"u8)) { location = ReadString(ref reader); }
            else if (reader.ValueTextEquals("context"u8)) { context = ReadContext(ref reader); }
            else if (reader.ValueTextEquals("errors"u8)) { errors = ReadDetails(ref reader); }
            else { JsonObjectWalker.SkipValue(ref reader); }
        }

        return new HubSpotErrorBody
        {
            Message = message,
            Category = category,
            SubCategory = subCategory,
            CorrelationId = correlationId,
            ErrorType = errorType,
            PolicyName = policyName,
            Code = code,
            In = location,
            Context = context,
            Errors = errors,
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadContext(ref Utf8JsonReader reader)
    {
        reader.Read();
        return JsonObjectWalker.ReadStringListMap(ref reader);
    }

    private static List<HubSpotErrorDetail> ReadDetails(ref Utf8JsonReader reader)
    {
        reader.Read();
        var details = new List<HubSpotErrorDetail>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return details;
        }

        while (JsonObjectWalker.NextElement(ref reader))
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            var detail = Read(ref reader);
            details.Add(new HubSpotErrorDetail(detail.Message ?? string.Empty, detail.Code, detail.In, detail.SubCategory, detail.Context));
        }

        return details;
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return JsonObjectWalker.ReadScalarAsString(ref reader);
    }
}
