using System.Text.Json;
using Spoke.Cli.Schema.Snapshots;
using Spoke.Pipelines;
using Spoke.Schema;
using Spoke.Text;

namespace Spoke.Cli.Schema.Diff;

/// <summary>
/// Reads snapshot files into the runtime's <see cref="CrmObjectSchema"/>, whose reader is the one reader of HubSpot's property
/// JSON: <c>{objectType}.json</c> holds one object's <c>GET /crm/v3/properties</c> body; <c>schemas.json</c> holds every custom
/// object, each with its properties in the same format. <c>{objectType}.pipelines.json</c> holds one object's pipelines, read by
/// the runtime's pipelines reader.
/// </summary>
internal static class SnapshotSchemas
{
    // A custom object is known to HubSpot by type id; one pulled by a name HubSpot does not know as a standard object (its
    // fully qualified name) gets this stand-in id. The comparison reads only the properties, never the id.
    private const string UnknownTypeId = "2-0";

    /// <summary>Reads every property snapshot; objects are keyed by API name. Pipelines snapshots are left to <see cref="ReadPipelines"/>.</summary>
    /// <exception cref="CliException">A file is not a snapshot; the message names the file and what is wrong.</exception>
    public static IReadOnlyDictionary<string, CrmObjectSchema> Read(IEnumerable<SnapshotFile> files)
    {
        var objects = new Dictionary<string, CrmObjectSchema>(StringComparer.Ordinal);
        foreach (var file in files.Where(static file => SnapshotFileNames.PipelinesObjectType(file.FileName) is null))
        {
            try
            {
                if (SnapshotFileNames.IsCustomObjectSchemas(file.FileName))
                {
                    ReadCustomObjects(file.Content, objects);
                }
                else
                {
                    var name = Path.GetFileNameWithoutExtension(file.FileName);
                    objects[name] = CrmObjectSchema.FromPropertiesJson(ObjectType(name, typeId: null), WithoutByteOrderMark(file.Content));
                }
            }
            catch (Exception exception) when (exception is JsonException or InvalidDataException)
            {
                var reason = exception is JsonException json ? JsonErrorText.Describe(json) : exception.Message;
                throw new CliException(
                    $"'{file.FileName}' is not a HubSpot schema snapshot: {reason} Pull it again with 'spoke schema pull'.",
                    ExitCodes.SnapshotError,
                    exception);
            }
        }

        return objects;
    }

    /// <summary>Reads every pipelines snapshot, keyed by the object's API name (as <see cref="Read"/> keys its properties).</summary>
    /// <exception cref="CliException">A pipelines file is not a pipelines list; the message names the file.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<CrmPipeline>> ReadPipelines(IEnumerable<SnapshotFile> files)
    {
        var pipelines = new Dictionary<string, IReadOnlyList<CrmPipeline>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (SnapshotFileNames.PipelinesObjectType(file.FileName) is not { } objectName)
            {
                continue;
            }

            try
            {
                pipelines[objectName] = CrmPipeline.FromPipelinesJson(WithoutByteOrderMark(file.Content));
            }
            catch (JsonException exception)
            {
                throw new CliException(
                    $"'{file.FileName}' is not a HubSpot pipelines snapshot: {JsonErrorText.Describe(exception)} Pull it again with 'spoke schema pull'.",
                    ExitCodes.SnapshotError,
                    exception);
            }
        }

        return pipelines;
    }

    /// <summary>The object type an object's snapshots stand for, from its API name.</summary>
    public static CrmObjectType ObjectTypeOf(string name) => ObjectType(name, typeId: null);

    private static void ReadCustomObjects(byte[] content, Dictionary<string, CrmObjectSchema> objects)
    {
        using var document = JsonDocument.Parse(WithoutByteOrderMark(content).ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("results", out var results)
            || results.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("it is not an object with a \"results\" array.");
        }

        foreach (var schema in results.EnumerateArray())
        {
            var name = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new InvalidDataException("a custom object schema has no \"name\" string.");
            var typeId = schema.TryGetProperty("objectTypeId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            var properties = schema.TryGetProperty("properties", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.GetRawText()
                : throw new InvalidDataException($"the custom object '{name}' has no \"properties\" array.");
            objects[name] = CrmObjectSchema.FromPropertiesJson(ObjectType(name, typeId), "{\"results\":" + properties + "}");
        }
    }

    private static CrmObjectType ObjectType(string name, string? typeId) =>
        CrmObjectType.TryParse(typeId ?? name, out var known) ? known : CrmObjectType.Custom(name, UnknownTypeId);

    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] content) =>
        content.AsSpan().StartsWith("\uFEFF"u8) ? content.AsSpan(3) : content;
}
