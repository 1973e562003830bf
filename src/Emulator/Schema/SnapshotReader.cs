using System.Text;
using System.Text.Json;

namespace Spoke.Emulator.Schema;

/// <summary>
/// Reads a schema directory: one <c>{objectType}.json</c> per standard object (the body of
/// <c>GET /crm/v3/properties/{objectType}</c>) and <c>schemas.json</c> (the body of <c>GET /crm/v3/schemas</c>).
/// </summary>
internal static class SnapshotReader
{
    private const string SchemasFileName = "schemas.json";

    public static SchemaCatalog ReadDirectory(string directory)
    {
        var types = new List<ObjectTypeDefinition>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(file);
            if (fileName.Equals(SchemasFileName, StringComparison.OrdinalIgnoreCase))
            {
                types.AddRange(ReadCustomObjects(file));
            }
            else if (StandardObjectTypes.TryGet(Path.GetFileNameWithoutExtension(file), out var standard))
            {
                types.Add(ReadStandardObject(file, Path.GetFileNameWithoutExtension(file).ToLowerInvariant(), standard));
            }
        }

        if (types.Count == 0)
        {
            throw new InvalidDataException(
                $"\"{directory}\" holds no property snapshots. Expected files such as contacts.json (the body of GET /crm/v3/properties/contacts).");
        }

        return new SchemaCatalog(types);
    }

    private static ObjectTypeDefinition ReadStandardObject(string file, string name, StandardObjectType standard)
    {
        using var document = Parse(file);
        if (!document.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: expected an object with a \"results\" array of properties.");
        }

        var properties = results.EnumerateArray().Select(p => PropertyDefinitionReader.Read(p, file)).ToList();
        var defined = properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return new ObjectTypeDefinition(new ObjectTypeIdentity(name, standard.TypeId, standard.SingularName, []), properties)
        {
            DefaultProperties = standard.DefaultProperties,
            QueryProperties = standard.QueryProperties,
            RequiredProperties = [.. standard.Required.Where(defined.Contains)],
            RequiredOneOf = [.. standard.RequiredOneOf.Where(defined.Contains)],
        };
    }

    private static IEnumerable<ObjectTypeDefinition> ReadCustomObjects(string file)
    {
        using var document = Parse(file);
        if (!document.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: expected an object with a \"results\" array of object schemas.");
        }

        var definitions = new List<ObjectTypeDefinition>();
        foreach (var schema in results.EnumerateArray())
        {
            var name = RequiredString(schema, "name", file);
            var typeId = RequiredString(schema, "objectTypeId", file);
            var fullyQualifiedName = schema.TryGetProperty("fullyQualifiedName", out var fqn) ? fqn.GetString() : null;
            var aliases = new List<string> { $"p_{name}" };
            if (fullyQualifiedName is not null)
            {
                aliases.Add(fullyQualifiedName);
            }

            var properties = schema.TryGetProperty("properties", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(p => PropertyDefinitionReader.Read(p, file)).ToList()
                : [];
            var primary = schema.TryGetProperty("primaryDisplayProperty", out var display) ? display.GetString() : null;

            definitions.Add(new ObjectTypeDefinition(new ObjectTypeIdentity(name, typeId, name, aliases), properties)
            {
                DefaultProperties = primary is null ? [] : [primary],
                QueryProperties = StringArray(schema, "searchableProperties"),
                RequiredProperties = StringArray(schema, "requiredProperties"),
                SchemaJson = Encoding.UTF8.GetBytes(schema.GetRawText()),
            });
        }

        return definitions;
    }

    private static JsonDocument Parse(string file)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{file} is not valid JSON: {exception.Message}", exception);
        }
    }

    private static string RequiredString(JsonElement element, string name, string file) =>
        element.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"{file}: a schema has no \"{name}\".");

    private static List<string> StringArray(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(v => v.GetString()).OfType<string>().ToList()
            : [];
}
