using System.Text.Json;
using Spoke.Cli.Schema.Snapshots;

namespace Spoke.Cli.Schema.Diff;

/// <summary>
/// Reads snapshot files into <see cref="ObjectShape"/>s: <c>{objectType}.json</c> holds one object's
/// <c>GET /crm/v3/properties</c> body; <c>schemas.json</c> holds every custom object with its properties.
/// </summary>
internal static class SchemaShapeReader
{
    /// <summary>Reads every file; objects are keyed by name.</summary>
    /// <exception cref="CliException">A file is not a snapshot; the message names the file and what is wrong.</exception>
    public static IReadOnlyDictionary<string, ObjectShape> Read(IEnumerable<SnapshotFile> files)
    {
        var objects = new Dictionary<string, ObjectShape>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                using var document = JsonDocument.Parse(WithoutByteOrderMark(file.Content));
                var results = ResultsOf(document.RootElement);
                if (SnapshotFileNames.IsCustomObjectSchemas(file.FileName))
                {
                    foreach (var schema in results.EnumerateArray())
                    {
                        var name = RequiredString(schema, "name");
                        objects[name] = new ObjectShape(name, file.FileName, ReadProperties(RequiredArray(schema, "properties")));
                    }
                }
                else
                {
                    var name = Path.GetFileNameWithoutExtension(file.FileName);
                    objects[name] = new ObjectShape(name, file.FileName, ReadProperties(results));
                }
            }
            catch (Exception exception) when (exception is JsonException or InvalidDataException or InvalidOperationException)
            {
                throw new CliException(
                    $"'{file.FileName}' is not a HubSpot schema snapshot: {exception.Message}. Pull it again with 'spoke schema pull'.",
                    ExitCodes.SnapshotError,
                    exception);
            }
        }

        return objects;
    }

    private static ReadOnlyMemory<byte> WithoutByteOrderMark(byte[] content) =>
        content.AsSpan().StartsWith("\uFEFF"u8) ? content.AsMemory(3) : content;

    private static Dictionary<string, PropertyShape> ReadProperties(JsonElement properties)
    {
        var shapes = new Dictionary<string, PropertyShape>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateArray())
        {
            var name = RequiredString(property, "name");
            shapes[name] = new PropertyShape(
                name,
                RequiredString(property, "type"),
                OptionalString(property, "fieldType") ?? string.Empty,
                IsReadOnly(property),
                ReadOptions(property));
        }

        return shapes;
    }

    private static List<OptionShape> ReadOptions(JsonElement property)
    {
        if (!property.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return options.EnumerateArray()
            .Where(option => option.ValueKind == JsonValueKind.Object)
            .Select(option => new OptionShape(OptionalString(option, "value") ?? string.Empty, OptionalString(option, "label") ?? string.Empty))
            .ToList();
    }

    private static bool IsReadOnly(JsonElement property) =>
        IsTrue(property, "calculated")
        || (property.TryGetProperty("modificationMetadata", out var metadata)
            && metadata.ValueKind == JsonValueKind.Object
            && IsTrue(metadata, "readOnlyValue"));

    private static bool IsTrue(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static JsonElement ResultsOf(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
            ? RequiredArray(root, "results")
            : throw new InvalidDataException("the top level is not a JSON object");

    private static JsonElement RequiredArray(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : throw new InvalidDataException($"an entry has no \"{name}\" array");

    private static string RequiredString(JsonElement element, string name) =>
        OptionalString(element, name) ?? throw new InvalidDataException($"an entry has no \"{name}\" string");

    private static string? OptionalString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
