using System.Text.Json;

namespace Spoke.Associations;

/// <summary>Writes the association parts of request bodies.</summary>
internal static class AssociationJson
{
    /// <summary>Writes <c>{ "associationCategory": "...", "associationTypeId": n }</c>.</summary>
    public static void WriteSpec(Utf8JsonWriter writer, AssociationSpec spec)
    {
        writer.WriteStartObject();
        writer.WriteString("associationCategory", AssociationCategoryNames.ToWire(spec.Category));
        writer.WriteNumber("associationTypeId", spec.TypeId);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>associations</c> array of a create: <c>[{ "to": { "id" }, "types": [spec] }]</c>.</summary>
    public static void WriteTargets(Utf8JsonWriter writer, IReadOnlyList<AssociationTarget> targets)
    {
        if (targets.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("associations");
        foreach (var target in targets)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("to");
            writer.WriteString("id", target.ToObjectId);
            writer.WriteEndObject();
            writer.WriteStartArray("types");
            WriteSpec(writer, target.Spec);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a batch input <c>{ "from": { "id" }, "to": { "id" }, "types"?: [spec] }</c>.</summary>
    public static void WritePair(Utf8JsonWriter writer, string fromId, string toId, AssociationSpec? spec)
    {
        writer.WriteStartObject();
        WriteIdObject(writer, "from", fromId);
        WriteIdObject(writer, "to", toId);
        if (spec is { } labelled)
        {
            writer.WriteStartArray("types");
            WriteSpec(writer, labelled);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{ "id": "..." }</c> under the given name.</summary>
    public static void WriteIdObject(Utf8JsonWriter writer, string name, string id)
    {
        writer.WriteStartObject(name);
        writer.WriteString("id", id);
        writer.WriteEndObject();
    }
}
