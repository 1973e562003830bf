using System.Text.Json;
using Spoke.Emulator.Associations;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Endpoints;

/// <summary>The JSON shapes of the v4 association endpoints; object ids are JSON numbers as on HubSpot.</summary>
internal static class AssociationJson
{
    /// <summary><c>{"toObjectId":1,"associationTypes":[{"category","typeId","label"}]}</c>.</summary>
    public static void WriteTarget(Utf8JsonWriter writer, CrmDatabase database, string fromTypeId, string toTypeId, long toId, IEnumerable<int> typeIds)
    {
        writer.WriteStartObject();
        writer.WriteNumber("toObjectId", toId);
        writer.WriteStartArray("associationTypes");
        foreach (var typeId in typeIds)
        {
            var type = database.AssociationTypes.Find(fromTypeId, toTypeId, typeId);
            WriteType(writer, type?.Category ?? AssociationTypeCatalog.UserDefined, typeId, type?.Label);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary><c>{"category","typeId","label"}</c>, the label null for an unlabeled type.</summary>
    public static void WriteType(Utf8JsonWriter writer, string category, int typeId, string? label)
    {
        writer.WriteStartObject();
        writer.WriteString("category", category);
        writer.WriteNumber("typeId", typeId);
        if (label is not null)
        {
            writer.WriteString("label", label);
        }
        else
        {
            writer.WriteNull("label");
        }

        writer.WriteEndObject();
    }

    /// <summary><c>{"results":[{"category","typeId","label"}]}</c>: association type definitions.</summary>
    public static void WriteTypes(Utf8JsonWriter writer, IEnumerable<AssociationTypeDefinition> types)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("results");
        foreach (var type in types)
        {
            WriteType(writer, type.Category, type.TypeId, type.Label);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary><c>{"from":{"id"},"to":{"id"},"associationSpec":{"associationCategory","associationTypeId"}}</c>.</summary>
    public static void WriteDefault(Utf8JsonWriter writer, long fromId, long toId, AssociationTypeDefinition type)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("from");
        writer.WriteString("id", WireFormat.Id(fromId));
        writer.WriteEndObject();
        writer.WriteStartObject("to");
        writer.WriteString("id", WireFormat.Id(toId));
        writer.WriteEndObject();
        writer.WriteStartObject("associationSpec");
        writer.WriteString("associationCategory", type.Category);
        writer.WriteNumber("associationTypeId", type.TypeId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary><c>LabelsBetweenObjectPair</c>: the pair and the labels now between them.</summary>
    public static void WriteLabels(Utf8JsonWriter writer, CrmDatabase database, string fromTypeId, long fromId, string toTypeId, long toId)
    {
        writer.WriteStartObject();
        writer.WriteString("fromObjectTypeId", fromTypeId);
        writer.WriteNumber("fromObjectId", fromId);
        writer.WriteString("toObjectTypeId", toTypeId);
        writer.WriteNumber("toObjectId", toId);
        writer.WriteStartArray("labels");
        foreach (var typeId in database.Associations.Between(fromTypeId, fromId, toTypeId, toId))
        {
            if (database.AssociationTypes.Find(fromTypeId, toTypeId, typeId)?.Label is { } label)
            {
                writer.WriteStringValue(label);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
