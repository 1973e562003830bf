using System.Text.Json;

namespace Spoke.Agents.Tools.Schemas;

/// <summary>Small helpers for writing JSON Schema fragments.</summary>
internal static class SchemaWriter
{
    public static void String(Utf8JsonWriter writer, string name, string description, IReadOnlyList<string>? choices = null)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "string");
        writer.WriteString("description", description);
        if (choices is not null)
        {
            Enum(writer, choices);
        }

        writer.WriteEndObject();
    }

    public static void Integer(Utf8JsonWriter writer, string name, string description, int minimum, int maximum)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "integer");
        writer.WriteString("description", description);
        writer.WriteNumber("minimum", minimum);
        writer.WriteNumber("maximum", maximum);
        writer.WriteEndObject();
    }

    public static void Boolean(Utf8JsonWriter writer, string name, string description)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "boolean");
        writer.WriteString("description", description);
        writer.WriteEndObject();
    }

    public static void StringArray(Utf8JsonWriter writer, string name, string description, int? maxItems = null)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "array");
        writer.WriteString("description", description);
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        if (maxItems is { } max)
        {
            writer.WriteNumber("maxItems", max);
        }

        writer.WriteEndObject();
    }

    public static void PropertyValues(Utf8JsonWriter writer, string name, string description)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "object");
        writer.WriteString("description", description);
        writer.WriteStartObject("additionalProperties");
        writer.WriteStartArray("type");
        foreach (var type in (string[])["string", "number", "boolean", "null"])
        {
            writer.WriteStringValue(type);
        }

        writer.WriteEndArray();
        writer.WriteNumber("maxLength", HubSpotLimits.MaxPropertyValueLength);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void Enum(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray("enum");
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an array of objects: <c>{"type": "array", "items": {"type": "object", "properties": ..., "required": ...}}</c>.</summary>
    public static void ObjectArray(
        Utf8JsonWriter writer,
        string name,
        string description,
        int? maxItems,
        Action<Utf8JsonWriter> writeItemProperties,
        params string[] required)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "array");
        writer.WriteString("description", description);
        if (maxItems is { } max)
        {
            writer.WriteNumber("maxItems", max);
        }

        writer.WriteStartObject("items");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        writeItemProperties(writer);
        writer.WriteEndObject();
        writer.WriteStartArray("required");
        foreach (var property in required)
        {
            writer.WriteStringValue(property);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
