using System.Text;
using System.Text.Json;
using Spoke.Agents.Policy;
using Spoke.Schema;

namespace Spoke.Agents.Catalog;

/// <summary>
/// The object types in a schema snapshot directory (<c>{objectType}.json</c> property dumps and <c>schemas.json</c> for
/// custom objects), each file checked to be a HubSpot properties response. The tools name these types in their
/// descriptions and resolve every spelling of them; properties and their options come from the live account
/// (get_hubspot_schema), which the snapshots may lag behind.
/// </summary>
internal sealed class SnapshotCatalog
{
    private const string CustomObjectSchemasFile = "schemas.json";

    private SnapshotCatalog(IEnumerable<CatalogObjectType> objectTypes)
    {
        ObjectTypes = [.. objectTypes.OrderBy(type => type.Name, StringComparer.Ordinal)];
        ObjectTypeResolver = new ObjectTypeResolver(ObjectTypes.Where(type => type.TypeId is not null));
    }

    /// <summary>A catalogue with no snapshots: the tools still work, with generic schemas, for HubSpot's standard object types.</summary>
    public static SnapshotCatalog Empty { get; } = new([]);

    public IReadOnlyList<CatalogObjectType> ObjectTypes { get; }

    /// <summary>The standard object types and the custom objects of these snapshots, by every spelling HubSpot accepts.</summary>
    public ObjectTypeResolver ObjectTypeResolver { get; }

    public static SnapshotCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The schema snapshot directory '{directory}' does not exist. Pass the folder holding the snapshots (e.g. schema-snapshots) or leave it out.");
        }

        var types = new List<CatalogObjectType>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = ReadDocument(file);
            if (Path.GetFileName(file).Equals(CustomObjectSchemasFile, StringComparison.OrdinalIgnoreCase))
            {
                types.AddRange(ReadCustomObjects(document.RootElement, file));
            }
            else
            {
                // A file named after no HubSpot object type is skipped, as the generator skips it (SPOKE006): no call can name that type.
                if (CrmObjectType.TryParse(Path.GetFileNameWithoutExtension(file), out var objectType) && !objectType.IsCustom)
                {
                    CheckProperties(file, objectType, document.RootElement);
                    types.Add(new CatalogObjectType(objectType.Name, null, null));
                }
            }
        }

        return new SnapshotCatalog(types);
    }

    private static JsonDocument ReadDocument(string file)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The schema snapshot '{file}' is not valid JSON: {exception.Message}", exception);
        }
    }

    private static IEnumerable<CatalogObjectType> ReadCustomObjects(JsonElement root, string file)
    {
        if (!root.TryGetProperty("results", out var schemas) || schemas.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"The custom object schemas file '{file}' must have a \"results\" array (the GET /crm/v3/schemas response).");
        }

        foreach (var schema in schemas.EnumerateArray())
        {
            if (schema.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Array)
            {
                var typeId = String(schema, "objectTypeId");
                if (typeId is null || !CrmObjectType.TryParse(typeId, out var parsed) || !parsed.IsCustom || parsed.TypeId != typeId)
                {
                    throw new InvalidDataException($"The custom object '{name.GetString()}' in '{file}' has no valid \"objectTypeId\" (2- followed by digits, e.g. 2-3465404). Pull the schemas again with spoke schema pull.");
                }

                CheckProperties(file, parsed, properties);
                yield return new CatalogObjectType(name.GetString()!, typeId, String(schema, "fullyQualifiedName"));
            }
        }
    }

    // The runtime's reader, the one the live schema goes through too: a properties response or a custom schema's properties
    // array. A snapshot it cannot read is refused on load rather than served as if it were fine.
    private static void CheckProperties(string file, CrmObjectType objectType, JsonElement properties)
    {
        try
        {
            CrmObjectSchema.FromPropertiesJson(objectType, Encoding.UTF8.GetBytes(properties.GetRawText()));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"The schema snapshot '{file}' is not a HubSpot properties response: {exception.Message}", exception);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
