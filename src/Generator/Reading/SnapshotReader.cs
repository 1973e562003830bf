using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Json;
using Spoke.Generator.Model;

namespace Spoke.Generator.Reading;

/// <summary>
/// Reads one snapshot file (<c>{objectType}.json</c> with the body of <c>GET /crm/v3/properties/{objectType}</c>,
/// <c>schemas.json</c> with the body of <c>GET /crm/v3/schemas</c>, or <c>{objectType}.pipelines.json</c> with the body of
/// <c>GET /crm/v3/pipelines/{objectType}</c>) into specs. Never throws: every problem becomes a diagnostic.
/// </summary>
internal sealed class SnapshotReader
{
    /// <summary>The file name (without extension) of the custom object schemas snapshot.</summary>
    public const string SchemasSnapshotName = "schemas";

    /// <summary>What a pipelines snapshot's file name ends with before <c>.json</c>; an object type's name never has a dot.</summary>
    public const string PipelinesSuffix = ".pipelines";

    private readonly string _path;
    private readonly string _snapshotName;
    private readonly LineMap _lines;
    private readonly List<DiagnosticSpec> _diagnostics = new();
    private readonly List<PropertyLocationSpec> _locations = new();
    private readonly List<ObjectLocationSpec> _objectLocations = new();
    private readonly List<ObjectPipelinesSchemaSpec> _pipelines = new();
    private readonly CancellationToken _cancellationToken;

    private SnapshotReader(SnapshotFile file, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _path = file.Path;
        _snapshotName = Path.GetFileNameWithoutExtension(file.Path);
        _lines = new LineMap(file.Path, file.Content ?? string.Empty);
    }

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SnapshotReadResult Read(SnapshotFile file, CancellationToken cancellationToken)
    {
        var reader = new SnapshotReader(file, cancellationToken);
        var objects = new List<ObjectSchemaSpec>();
        try
        {
            if (file.Content is null)
            {
                reader.Report(DiagnosticCatalogue.UnreadableFile.Id, null, reader._snapshotName, "the compiler could not load its text");
            }
            else
            {
                reader.ReadDocument(file.Content, objects);
            }
        }
        catch (JsonParseException exception)
        {
            var (line, column) = reader._lines.Position(exception.Position);
            reader.Report(
                DiagnosticCatalogue.MalformedJson.Id,
                reader._lines.Locate(exception.Position, 1),
                reader._snapshotName,
                exception.Message,
                (line + 1).ToString(CultureInfo.InvariantCulture),
                (column + 1).ToString(CultureInfo.InvariantCulture));
            objects.Clear();
            reader._pipelines.Clear();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reading boundary: whatever a snapshot contains, the generator reports it instead of failing the build with AD0001.
            reader.Report(DiagnosticCatalogue.UnreadableFile.Id, null, reader._snapshotName, exception.Message);
            objects.Clear();
            reader._pipelines.Clear();
        }

        objects.Sort(static (left, right) => string.CompareOrdinal(left.ObjectName, right.ObjectName));
        return new SnapshotReadResult(
            file.Path,
            objects.ToEquatableArray(),
            reader._diagnostics.ToEquatableArray(),
            reader._objectLocations.ToEquatableArray(),
            reader._locations.ToEquatableArray(),
            reader._pipelines.ToEquatableArray());
    }

    private void ReadDocument(string content, List<ObjectSchemaSpec> objects)
    {
        var root = JsonParser.Parse(content, _cancellationToken);
        var results = ResultsArray(root);
        if (results is null)
        {
            return;
        }

        if (string.Equals(_snapshotName, SchemasSnapshotName, StringComparison.OrdinalIgnoreCase))
        {
            ReadSchemas(results, objects);
            return;
        }

        if (_snapshotName.EndsWith(PipelinesSuffix, StringComparison.OrdinalIgnoreCase))
        {
            var objectName = _snapshotName.Substring(0, _snapshotName.Length - PipelinesSuffix.Length);
            _objectLocations.Add(new ObjectLocationSpec("$", _lines.Locate(0, 0)));
            _pipelines.Add(new ObjectPipelinesSchemaSpec(_path, _snapshotName, objectName, PipelinesReader.Read(this, results, _cancellationToken)));
            return;
        }

        var known = WellKnownObject.Find(_snapshotName);
        if (known is null)
        {
            Report(DiagnosticCatalogue.UnknownObjectType.Id, _lines.Locate(0, 0), _snapshotName, _snapshotName);
            return;
        }

        const string jsonPath = "$";
        var properties = ReadProperties(results, "$.results", jsonPath);
        _objectLocations.Add(new ObjectLocationSpec(jsonPath, _lines.Locate(0, 0)));
        objects.Add(new ObjectSchemaSpec(_path, _snapshotName, jsonPath, known.Name, known.TypeId, known.Singular, IsCustom: false, properties));
    }

    private JsonValue? ResultsArray(JsonValue root)
    {
        if (root.Kind != JsonKind.Object)
        {
            Report(DiagnosticCatalogue.UnexpectedShape.Id, Locate(root), _snapshotName, "expected an object with a 'results' array", "$");
            return null;
        }

        var results = root.Get("results");
        if (results is not { Kind: JsonKind.Array })
        {
            Report(DiagnosticCatalogue.UnexpectedShape.Id, Locate(results ?? root), _snapshotName, "expected a 'results' array, as HubSpot returns it", "$.results");
            return null;
        }

        return results;
    }

    private void ReadSchemas(JsonValue results, List<ObjectSchemaSpec> objects)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < results.Items.Count; i++)
        {
            var schema = results.Items[i];
            var path = "$.results[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (schema.Kind != JsonKind.Object)
            {
                Report(DiagnosticCatalogue.UnexpectedShape.Id, Locate(schema), _snapshotName, "expected a schema object", path);
                continue;
            }

            var name = schema.GetString("name");
            var typeId = schema.GetString("objectTypeId");
            if (string.IsNullOrWhiteSpace(name) || !seen.Add(name!))
            {
                Report(DiagnosticCatalogue.CustomObjectMissingField.Id, Locate(schema.Get("name") ?? schema), _snapshotName, path, "name");
                continue;
            }

            if (typeId is null || !IsTypeId(typeId))
            {
                Report(DiagnosticCatalogue.CustomObjectMissingField.Id, Locate(schema.Get("objectTypeId") ?? schema), _snapshotName, path, "objectTypeId");
                continue;
            }

            var singular = schema.Get("labels")?.GetString("singular");
            var propertiesValue = schema.Get("properties");
            var properties = EquatableArray<PropertySchemaSpec>.Empty;
            if (propertiesValue is { Kind: JsonKind.Array })
            {
                properties = ReadProperties(propertiesValue, path + ".properties", path);
            }
            else if (propertiesValue is not null)
            {
                Report(DiagnosticCatalogue.UnexpectedShape.Id, Locate(propertiesValue), _snapshotName, "expected a 'properties' array", path + ".properties");
            }

            _objectLocations.Add(new ObjectLocationSpec(path, Locate(schema)));
            objects.Add(new ObjectSchemaSpec(_path, _snapshotName, path, name!, typeId, string.IsNullOrWhiteSpace(singular) ? name! : singular!, IsCustom: true, properties));
        }
    }

    private EquatableArray<PropertySchemaSpec> ReadProperties(JsonValue array, string arrayPath, string objectJsonPath)
    {
        var properties = new List<PropertySchemaSpec>(array.Items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Items.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var item = array.Items[i];
            var path = arrayPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (item.Kind != JsonKind.Object)
            {
                Report(DiagnosticCatalogue.UnexpectedShape.Id, Locate(item), _snapshotName, "expected a property object", path);
                continue;
            }

            var name = item.GetString("name");
            if (string.IsNullOrEmpty(name))
            {
                Report(DiagnosticCatalogue.PropertyMissingField.Id, Locate(item), _snapshotName, path, "name");
                continue;
            }

            var type = item.GetString("type");
            if (string.IsNullOrEmpty(type))
            {
                Report(DiagnosticCatalogue.PropertyMissingField.Id, Locate(item), _snapshotName, path, "type");
                continue;
            }

            if (!seen.Add(name!))
            {
                Report(DiagnosticCatalogue.DuplicateProperty.Id, Locate(item), _snapshotName, name!, path);
                continue;
            }

            _locations.Add(new PropertyLocationSpec(objectJsonPath, name!, path, Locate(item)));
            properties.Add(ReadProperty(item, name!, type!, path));
        }

        properties.Sort(static (left, right) => string.CompareOrdinal(left.Name, right.Name));
        return properties.ToEquatableArray();
    }

    private PropertySchemaSpec ReadProperty(JsonValue item, string name, string type, string path)
    {
        var label = item.GetString("label");
        var metadata = item.Get("modificationMetadata");
        var readOnly = item.GetBool("calculated") || (metadata is not null && metadata.GetBool("readOnlyValue"));
        return new PropertySchemaSpec(
            name,
            string.IsNullOrWhiteSpace(label) ? name : label!,
            type,
            item.GetString("fieldType") ?? string.Empty,
            item.GetString("description"),
            item.GetString("groupName"),
            readOnly,
            item.GetBool("hidden"),
            item.GetString("createdAt"),
            ReadOptions(item.Get("options"), name, path + ".options"));
    }

    private EquatableArray<OptionSchemaSpec> ReadOptions(JsonValue? options, string propertyName, string path)
    {
        if (options is not { Kind: JsonKind.Array } || options.Items.Count == 0)
        {
            return EquatableArray<OptionSchemaSpec>.Empty;
        }

        var result = new List<OptionSchemaSpec>(options.Items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Items.Count; i++)
        {
            var option = options.Items[i];
            var optionPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var value = option.Kind == JsonKind.Object ? option.GetString("value") : null;
            if (value is null)
            {
                Report(DiagnosticCatalogue.PropertyMissingField.Id, Locate(option), _snapshotName, optionPath, "value");
                continue;
            }

            if (!seen.Add(value))
            {
                Report(DiagnosticCatalogue.DuplicateOption.Id, Locate(option), propertyName, _snapshotName, value, optionPath);
                continue;
            }

            var label = option.GetString("label");
            result.Add(new OptionSchemaSpec(label ?? value, value, option.GetBool("hidden"), option.GetString("description")));
        }

        return result.ToEquatableArray();
    }

    /// <summary>The snapshot's file name without extension, which diagnostics name it by.</summary>
    internal string SnapshotName => _snapshotName;

    internal LocationSpec Locate(JsonValue value) => _lines.Locate(value.Start, value.Length);

    /// <summary>Records where a pipeline or stage is, so that diagnostics raised about it later can point at it.</summary>
    internal void AddLocation(string jsonPath, JsonValue value) => _objectLocations.Add(new ObjectLocationSpec(jsonPath, Locate(value)));

    internal void Report(string id, LocationSpec? location, params string[] arguments) =>
        _diagnostics.Add(new DiagnosticSpec(id, location, new EquatableArray<string>(arguments)));

    private static bool IsTypeId(string value)
    {
        var dash = value.IndexOf('-');
        if (dash <= 0 || dash == value.Length - 1)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (i != dash && (value[i] < '0' || value[i] > '9'))
            {
                return false;
            }
        }

        return true;
    }
}
