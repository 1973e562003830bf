using System.Text.Json;
using Spoke.Json;

namespace Spoke.Schema;

/// <summary>Reads HubSpot's <c>PropertyGroup</c> (<c>{name, label, displayOrder, archived}</c>) and its <c>{ "results": [...] }</c> list.</summary>
internal static class CrmPropertyGroupReader
{
    /// <summary>Reads the groups of <c>GET /crm/v3/properties/{objectType}/groups</c> in display order.</summary>
    public static IReadOnlyList<CrmPropertyGroupDefinition> ReadAll(ReadOnlyMemory<byte> body) =>
        [.. CollectionPageReader.Read(body, ReadGroup).Results.OrderBy(static g => g.DisplayOrder).ThenBy(static g => g.Name, StringComparer.Ordinal)];

    /// <summary>Reads one group.</summary>
    public static CrmPropertyGroupDefinition Read(ReadOnlyMemory<byte> body)
    {
        var reader = JsonObjectWalker.Open(body);
        return ReadGroup(ref reader);
    }

    private static CrmPropertyGroupDefinition ReadGroup(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a property group object");
        string? name = null, label = null;
        var displayOrder = 0;
        var archived = false;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("name"u8)) { name = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("label"u8)) { label = JsonObjectWalker.ReadStringValue(ref reader); }
            else if (reader.ValueTextEquals("displayOrder"u8)) { displayOrder = JsonObjectWalker.ReadInt32Value(ref reader); }
            else if (reader.ValueTextEquals("archived"u8)) { archived = JsonObjectWalker.ReadBoolValue(ref reader); }
            else { JsonObjectWalker.SkipValue(ref reader); }
        }

        name = name ?? throw new JsonException("HubSpot returned a property group without a name.");
        return new CrmPropertyGroupDefinition { Name = name, Label = label ?? name, DisplayOrder = displayOrder, Archived = archived };
    }
}
