using System.Text.Json;

namespace Spoke.Agents.Catalog;

/// <summary>Reads HubSpot's <c>Property</c> JSON (<c>GET /crm/v3/properties/{objectType}</c>), from a snapshot or the live account.</summary>
internal static class PropertyDefinitionReader
{
    public static IReadOnlyList<PropertyDefinition> ReadResults(JsonElement response)
    {
        if (!response.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("A properties response must have a \"results\" array.");
        }

        return ReadArray(results);
    }

    public static IReadOnlyList<PropertyDefinition> ReadArray(JsonElement properties) =>
        [.. properties.EnumerateArray().Select(Read).OrderBy(property => property.Name, StringComparer.Ordinal)];

    private static PropertyDefinition Read(JsonElement property)
    {
        var readOnlyValue = property.TryGetProperty("modificationMetadata", out var metadata)
            && metadata.TryGetProperty("readOnlyValue", out var flag) && flag.ValueKind == JsonValueKind.True;
        return new PropertyDefinition(
            Name: String(property, "name") ?? throw new JsonException("A property has no \"name\"."),
            Label: String(property, "label") ?? string.Empty,
            Type: String(property, "type") ?? "string",
            FieldType: String(property, "fieldType") ?? "text",
            Description: String(property, "description") ?? string.Empty,
            GroupName: String(property, "groupName") ?? string.Empty,
            Options: ReadOptions(property),
            IsReadOnly: readOnlyValue || Bool(property, "calculated"),
            IsHidden: Bool(property, "hidden"));
    }

    private static PropertyOption[] ReadOptions(JsonElement property) =>
        property.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array
            ? [.. options.EnumerateArray()
                .Where(option => !Bool(option, "hidden") && String(option, "value") is not null)
                .Select(option => new PropertyOption(String(option, "value")!, String(option, "label") ?? string.Empty))]
            : [];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
