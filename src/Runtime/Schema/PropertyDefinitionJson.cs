using System.Text.Json;

namespace Spoke.Schema;

/// <summary>Writes the bodies of HubSpot's properties API: <c>PropertyCreate</c>, <c>PropertyUpdate</c> and <c>PropertyGroupCreate</c>.</summary>
internal static class PropertyDefinitionJson
{
    public static void WriteCreate(Utf8JsonWriter writer, CrmPropertyInput property)
    {
        writer.WriteStartObject();
        writer.WriteString("name", property.Name);
        writer.WriteString("label", property.Label);
        writer.WriteString("type", property.Type);
        writer.WriteString("fieldType", property.FieldType);
        writer.WriteString("groupName", property.GroupName);
        if (property.Description is not null)
        {
            writer.WriteString("description", property.Description);
        }

        if (property.Options is not null)
        {
            WriteOptions(writer, property.Options);
        }

        if (property.DisplayOrder is { } order)
        {
            writer.WriteNumber("displayOrder", order);
        }

        writer.WriteBoolean("hasUniqueValue", property.HasUniqueValue);
        writer.WriteBoolean("hidden", property.Hidden);
        writer.WriteBoolean("formField", property.FormField);
        writer.WriteEndObject();
    }

    public static void WriteUpdate(Utf8JsonWriter writer, CrmPropertyUpdate update)
    {
        writer.WriteStartObject();
        WriteIfSet(writer, "label", update.Label);
        WriteIfSet(writer, "description", update.Description);
        WriteIfSet(writer, "groupName", update.GroupName);
        WriteIfSet(writer, "type", update.Type);
        WriteIfSet(writer, "fieldType", update.FieldType);
        if (update.Options is not null)
        {
            WriteOptions(writer, update.Options);
        }

        if (update.DisplayOrder is { } order)
        {
            writer.WriteNumber("displayOrder", order);
        }

        if (update.Hidden is { } hidden)
        {
            writer.WriteBoolean("hidden", hidden);
        }

        if (update.FormField is { } formField)
        {
            writer.WriteBoolean("formField", formField);
        }

        writer.WriteEndObject();
    }

    public static void WriteGroup(Utf8JsonWriter writer, string? name, string? label, int? displayOrder)
    {
        writer.WriteStartObject();
        WriteIfSet(writer, "name", name);
        WriteIfSet(writer, "label", label);
        if (displayOrder is { } order)
        {
            writer.WriteNumber("displayOrder", order);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"inputs":[{"name":…}]}</c>, the body of a batch read or archive.</summary>
    public static void WriteNames(Utf8JsonWriter writer, IEnumerable<string> names)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("inputs");
        foreach (var name in names)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter writer, IReadOnlyList<CrmPropertyOption> options)
    {
        writer.WriteStartArray("options");
        foreach (var option in options)
        {
            writer.WriteStartObject();
            writer.WriteString("label", option.Label);
            writer.WriteString("value", option.Value);
            if (option.Description is not null)
            {
                writer.WriteString("description", option.Description);
            }

            writer.WriteNumber("displayOrder", option.DisplayOrder);
            writer.WriteBoolean("hidden", option.Hidden);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
