using System.Text.Json;

namespace Spoke.Emulator.Associations;

/// <summary>The <c>associationLabels</c> member of an emulator data file: the account's labels with their type ids.</summary>
internal static class AssociationLabelsFile
{
    public const string MemberName = "associationLabels";

    /// <summary>Writes the member: each label definition once, in the direction it was created in.</summary>
    public static void Write(Utf8JsonWriter writer, AssociationTypeCatalog catalog)
    {
        writer.WritePropertyName(MemberName);
        WriteValue(writer, catalog);
    }

    /// <summary>Writes the member's array alone.</summary>
    public static void WriteValue(Utf8JsonWriter writer, AssociationTypeCatalog catalog)
    {
        writer.WriteStartArray();
        foreach (var type in catalog.AccountLabels())
        {
            writer.WriteStartObject();
            writer.WriteString("fromObjectTypeId", type.FromTypeId);
            writer.WriteString("toObjectTypeId", type.ToTypeId);
            writer.WriteNumber("typeId", type.TypeId);
            writer.WriteNumber("inverseTypeId", type.InverseTypeId);
            writer.WriteString("name", type.Name);
            writer.WriteString("label", type.Label);
            writer.WriteString("inverseLabel", catalog.Find(type.ToTypeId, type.FromTypeId, type.InverseTypeId)?.Label ?? type.Label);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Restores the labels written by <see cref="Write"/> (the member's array) into a catalog that has none yet.</summary>
    public static void Read(JsonElement labels, AssociationTypeCatalog catalog)
    {
        foreach (var label in labels.EnumerateArray())
        {
            catalog.RestoreLabel(
                label.GetProperty("fromObjectTypeId").GetString()!,
                label.GetProperty("toObjectTypeId").GetString()!,
                label.GetProperty("typeId").GetInt32(),
                label.GetProperty("inverseTypeId").GetInt32(),
                label.GetProperty("name").GetString()!,
                label.GetProperty("label").GetString()!,
                label.GetProperty("inverseLabel").GetString()!);
        }
    }
}
