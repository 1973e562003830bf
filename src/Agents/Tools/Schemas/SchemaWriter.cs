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

    public static void StringArray(Utf8JsonWriter writer, string name, string description, int? maxItems = null) =>
        ArrayOf(writer, name, description, maxItems, items => items.WriteString("type", "string"));

    /// <summary>
    /// Writes <c>{name: value}</c> property values: every value HubSpot accepts (text, numbers, <c>true</c>/<c>false</c>,
    /// <c>null</c> to clear). Names and options are left to get_hubspot_schema and to HubSpot, which refuses an invalid
    /// option naming the valid ones.
    /// </summary>
    public static void PropertyValues(Utf8JsonWriter writer, string name, string description)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "object");
        writer.WriteString("description", description);
        writer.WriteStartObject("additionalProperties");
        writer.WriteStartArray("anyOf");
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writer.WriteNumber("maxLength", HubSpotLimits.MaxPropertyValueLength);
        writer.WriteEndObject();
        TypeOnly(writer, "number");
        TypeOnly(writer, "boolean");
        TypeOnly(writer, "null");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes a filter value: text, a number or a boolean, as HubSpot's search accepts them.</summary>
    public static void ScalarValue(Utf8JsonWriter writer, string name, string description)
    {
        writer.WriteStartObject(name);
        writer.WriteString("description", description);
        WriteScalarTypes(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes an array of filter values (text, numbers or booleans).</summary>
    public static void ScalarArray(Utf8JsonWriter writer, string name, string description) =>
        ArrayOf(writer, name, description, maxItems: null, WriteScalarTypes);

    /// <summary>
    /// Writes <c>"allOf": [{"if": {action is one of …}, "then": {"required": [...]}}]</c>: the arguments each action needs,
    /// one rule per set of arguments that the same actions need. Each <c>then</c> names its required arguments under
    /// <c>properties</c> too, as ajv's strict mode (strictRequired) asks.
    /// </summary>
    public static void RequiredByAction(Utf8JsonWriter writer, string actionArgument, IReadOnlyList<ActionArguments> actions)
    {
        var rules = actions
            .SelectMany(action => action.Required.Select(argument => (Argument: argument, action.Action)))
            .GroupBy(need => need.Argument, StringComparer.Ordinal)
            .Select(argument => (Actions: argument.Select(need => need.Action).ToList(), Argument: argument.Key))
            .GroupBy(rule => string.Join(",", rule.Actions), StringComparer.Ordinal)
            .Select(rule => (rule.First().Actions, Arguments: rule.Select(argument => argument.Argument).ToList()));
        writer.WriteStartArray("allOf");
        foreach (var (ruleActions, arguments) in rules)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("if");
            writer.WriteStartObject("properties");
            writer.WriteStartObject(actionArgument);
            Enum(writer, ruleActions);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("then");
            if (arguments is [var only] && ActionArguments.Alternatives(only) is { Length: > 1 } alternatives)
            {
                writer.WriteStartArray("anyOf");
                foreach (var alternative in alternatives)
                {
                    writer.WriteStartObject();
                    Required(writer, [alternative]);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }
            else
            {
                Required(writer, arguments);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Required(Utf8JsonWriter writer, IReadOnlyList<string> arguments)
    {
        writer.WriteStartObject("properties");
        foreach (var argument in arguments)
        {
            writer.WriteBoolean(argument, true);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("required");
        foreach (var argument in arguments)
        {
            writer.WriteStringValue(argument);
        }

        writer.WriteEndArray();
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

    // anyOf of single types rather than a type array: ajv's strict mode refuses union types unless told to allow them.
    private static void WriteScalarTypes(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("anyOf");
        TypeOnly(writer, "string");
        TypeOnly(writer, "number");
        TypeOnly(writer, "boolean");
        writer.WriteEndArray();
    }

    private static void TypeOnly(Utf8JsonWriter writer, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    private static void ArrayOf(Utf8JsonWriter writer, string name, string description, int? maxItems, Action<Utf8JsonWriter> writeItems)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "array");
        writer.WriteString("description", description);
        writer.WriteStartObject("items");
        writeItems(writer);
        writer.WriteEndObject();
        if (maxItems is { } max)
        {
            writer.WriteNumber("maxItems", max);
        }

        writer.WriteEndObject();
    }
}
