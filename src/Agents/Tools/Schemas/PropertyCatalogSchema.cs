using System.Text.Json;
using Spoke.Agents.Catalog;
using Spoke.Schema;

namespace Spoke.Agents.Tools.Schemas;

/// <summary>
/// Writes, per object type in the snapshots, a JSON Schema <c>if objectType is X then ...</c> rule that lists X's property
/// names and enumeration values. Property names are hints (the live account may have more); option values are enums.
/// </summary>
internal static class PropertyCatalogSchema
{
    /// <summary>Options listed per enumeration property; longer lists (countries, owners) are left to get_hubspot_schema.</summary>
    private const int MaxListedOptions = 50;

    public static void WriteConditionalRules(
        Utf8JsonWriter writer,
        SnapshotCatalog catalog,
        string objectTypeArgument,
        Action<Utf8JsonWriter, CatalogObjectType> writeThen)
    {
        if (catalog.ObjectTypes.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("allOf");
        foreach (var objectType in catalog.ObjectTypes)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("if");
            writer.WriteStartObject("properties");
            writer.WriteStartObject(objectTypeArgument);
            writer.WriteString("const", objectType.Name);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("required");
            writer.WriteStringValue(objectTypeArgument);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartObject("then");
            writeThen(writer, objectType);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"properties": {name: {description, enum?}}</c> for the writable properties of an object type.</summary>
    public static void WriteWritableProperties(Utf8JsonWriter writer, CatalogObjectType objectType)
    {
        writer.WriteStartObject("properties");
        foreach (var property in objectType.Properties.Where(property => property.IsWritable()))
        {
            var options = property.VisibleOptions().ToList();
            writer.WriteStartObject(property.Name);
            writer.WriteString("description", Describe(property, options.Count));
            if (options.Count is > 0 and <= MaxListedOptions)
            {
                SchemaWriter.Enum(writer, options.Select(option => option.Value));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>"examples": [...]</c> with the writable property names of an object type: the fields agents set and
    /// filter on. Listing every read-only <c>hs_</c> property too would triple the schema; get_hubspot_schema has them.
    /// </summary>
    public static void WritePropertyNameExamples(Utf8JsonWriter writer, CatalogObjectType objectType)
    {
        writer.WriteStartArray("examples");
        foreach (var property in objectType.Properties.Where(property => property.IsWritable()))
        {
            writer.WriteStringValue(property.Name);
        }

        writer.WriteEndArray();
    }

    private static string Describe(CrmProperty property, int optionCount) =>
        optionCount > MaxListedOptions
            ? $"{property.Label} ({property.Type}; {optionCount} options, list them with get_hubspot_schema)"
            : $"{property.Label} ({property.Type})";
}
