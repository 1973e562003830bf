using System.Text.Json;
using Spoke.Json;

namespace Spoke.Schema;

/// <summary>
/// Reads HubSpot's property definitions: <c>{ "results": [Property] }</c> from <c>GET /crm/v3/properties/{objectType}</c>, or
/// the bare <c>[Property]</c> array a custom object schema of <c>GET /crm/v3/schemas</c> holds in its <c>properties</c>.
/// </summary>
internal static class CrmPropertyReader
{
    /// <summary>Reads every property definition of a properties response or of a bare properties array.</summary>
    public static IReadOnlyList<CrmProperty> ReadAll(ReadOnlyMemory<byte> body)
    {
        var reader = JsonObjectWalker.Open(body);
        return reader.TokenType == JsonTokenType.StartArray
            ? JsonObjectWalker.ReadArray(ref reader, ReadProperty, "the properties array")
            : CollectionPageReader.Read(body, ReadProperty).Results;
    }

    /// <summary>Reads one property definition (<c>GET /crm/v3/properties/{objectType}/{propertyName}</c> and writes).</summary>
    public static CrmProperty Read(ReadOnlyMemory<byte> body)
    {
        var reader = JsonObjectWalker.Open(body);
        return ReadProperty(ref reader);
    }

    /// <summary>Reads the property definition object the reader is on.</summary>
    public static CrmProperty ReadProperty(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a property object");
        string? name = null, label = null, type = null, fieldType = null, groupName = null, description = null, referenced = null;
        bool unique = false, hidden = false, calculated = false, readOnlyValue = false, external = false, hubSpotDefined = false, archived = false;
        var displayOrder = 0;
        IReadOnlyList<CrmPropertyOption> options = [];
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("name"u8)) { name = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("label"u8)) { label = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("type"u8)) { type = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("fieldType"u8)) { fieldType = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("groupName"u8)) { groupName = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("description"u8)) { description = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("referencedObjectType"u8)) { referenced = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("hasUniqueValue"u8)) { unique = JsonObjectWalker.ReadBoolValue(ref reader); }
            else if (reader.ValueTextEquals("hidden"u8)) { hidden = JsonObjectWalker.ReadBoolValue(ref reader); }
            else if (reader.ValueTextEquals("calculated"u8)) { calculated = JsonObjectWalker.ReadBoolValue(ref reader); }
            else if (reader.ValueTextEquals("externalOptions"u8)) { external = JsonObjectWalker.ReadBoolValue(ref reader); }
            else if (reader.ValueTextEquals("hubspotDefined"u8)) { hubSpotDefined = JsonObjectWalker.ReadBoolValue(ref reader); }
            else if (reader.ValueTextEquals("displayOrder"u8)) { displayOrder = JsonObjectWalker.ReadInt32Value(ref reader); }
            else if (reader.ValueTextEquals("archived"u8)) { archived = JsonObjectWalker.ReadBoolValue(ref reader); }
            else if (reader.ValueTextEquals("modificationMetadata"u8)) { readOnlyValue = ReadReadOnlyValue(ref reader); }
            else if (reader.ValueTextEquals("options"u8)) { options = ReadOptions(ref reader); }
            else { JsonObjectWalker.SkipValue(ref reader); }
        }

        if (name is null || type is null)
        {
            throw new JsonException("HubSpot returned a property definition without a name or type.");
        }

        return new CrmProperty
        {
            Name = name,
            Label = label ?? name,
            Type = type,
            FieldType = fieldType ?? string.Empty,
            GroupName = groupName ?? string.Empty,
            Description = string.IsNullOrEmpty(description) ? null : description,
            ReferencedObjectType = referenced,
            Options = options,
            HasUniqueValue = unique,
            Hidden = hidden,
            Calculated = calculated,
            ReadOnlyValue = readOnlyValue,
            ExternalOptions = external,
            HubSpotDefined = hubSpotDefined,
            DisplayOrder = displayOrder,
            Archived = archived,
        };
    }

    private static IReadOnlyList<CrmPropertyOption> ReadOptions(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }

        return [.. JsonObjectWalker.ReadArray(ref reader, ReadOption, "the options array").OfType<CrmPropertyOption>()];
    }

    private static CrmPropertyOption? ReadOption(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "an option object");
        string? value = null, label = null, description = null;
        var displayOrder = 0;
        var hidden = false;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("value"u8)) { value = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("label"u8)) { label = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("description"u8)) { description = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("displayOrder"u8)) { displayOrder = JsonObjectWalker.ReadInt32Value(ref reader); }
            else if (reader.ValueTextEquals("hidden"u8)) { hidden = JsonObjectWalker.ReadBoolValue(ref reader); }
            else { JsonObjectWalker.SkipValue(ref reader); }
        }

        return value is null ? null : new CrmPropertyOption(value, label ?? value, string.IsNullOrEmpty(description) ? null : description, displayOrder, hidden);
    }

    private static bool ReadReadOnlyValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        return JsonObjectWalker.ReadMember(ref reader, "readOnlyValue", static (ref Utf8JsonReader value) => value.TokenType == JsonTokenType.True);
    }
}
