using System.Text.Json;
using Spoke.Json;
using Spoke.Paging;

namespace Spoke.Associations;

/// <summary>
/// Reads v4 association listings (<c>{ "results": [{ "toObjectId", "associationTypes": [...] }], "paging"? }</c>) and
/// association type definitions.
/// </summary>
internal static class AssociationsResponseReader
{
    /// <summary>Reads one page of a record's associations.</summary>
    public static CursorPage<AssociatedRecord> ReadPage(ReadOnlyMemory<byte> body)
    {
        var page = CollectionPageReader.Read(body, ReadAssociatedRecord);
        return new CursorPage<AssociatedRecord>(page.Results, page.After);
    }

    private static AssociatedRecord ReadAssociatedRecord(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "an associated record");
        string? toObjectId = null;
        List<AssociationTypeLabel> types = [];
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("toObjectId"u8))
            {
                reader.Read();
                toObjectId = JsonObjectWalker.ReadScalarAsString(ref reader);
            }
            else if (reader.ValueTextEquals("associationTypes"u8))
            {
                reader.Read();
                types = JsonObjectWalker.ReadArray(ref reader, ReadTypeLabel, "the associationTypes array");
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return new AssociatedRecord(toObjectId ?? throw new JsonException("HubSpot listed an association without a toObjectId."), types);
    }

    /// <summary>Reads <c>{ "results": [{ "category", "typeId", "label" }] }</c>: the types defined between two object types.</summary>
    public static IReadOnlyList<AssociationTypeLabel> ReadTypes(ReadOnlyMemory<byte> body) =>
        CollectionPageReader.Read(body, ReadTypeLabel).Results;

    private static AssociationTypeLabel ReadTypeLabel(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "an association type");
        string? category = null, label = null;
        var typeId = 0;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("category"u8) || reader.ValueTextEquals("associationCategory"u8))
            {
                reader.Read();
                category = JsonObjectWalker.ReadScalarAsString(ref reader);
            }
            else if (reader.ValueTextEquals("typeId"u8) || reader.ValueTextEquals("associationTypeId"u8))
            {
                reader.Read();
                typeId = ReadTypeId(ref reader);
            }
            else if (reader.ValueTextEquals("label"u8))
            {
                reader.Read();
                label = JsonObjectWalker.ReadScalarAsString(ref reader);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return new AssociationTypeLabel(new AssociationSpec(AssociationCategoryNames.FromWire(category), typeId), label);
    }

    private static int ReadTypeId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return number;
        }

        var text = JsonObjectWalker.ReadScalarAsString(ref reader);
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new JsonException($"HubSpot returned an association type id that is not a whole number: '{text}'.");
    }
}
