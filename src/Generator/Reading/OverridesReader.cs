using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Json;
using Spoke.Generator.Model;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Reading;

/// <summary>
/// Reads <c>spoke.json</c>, the user's overrides:
/// <c>{"objects":{"contacts":{"typeName":"Person","exclude":false,"properties":{"hs_lead_status":{"name":"LeadState","enumName":"LeadState","options":{"NEW":"Fresh"}},"internal_notes":{"exclude":true}}}}}</c>.
/// Never throws; problems become diagnostics and the part in error is ignored.
/// </summary>
internal sealed class OverridesReader
{
    /// <summary>The overrides file name looked for among the AdditionalFiles.</summary>
    public const string FileName = "spoke.json";

    /// <summary>Whether <paramref name="path"/> names the overrides file; spoke.json among the snapshots is never read as one.</summary>
    public static bool IsOverridesFile(string path) =>
        string.Equals(Path.GetFileName(path), FileName, StringComparison.OrdinalIgnoreCase);

    private readonly LineMap _lines;
    private readonly List<DiagnosticSpec> _diagnostics = new();
    private readonly List<OverrideSite> _sites = new();

    private OverridesReader(string path, string content)
    {
        _lines = new LineMap(path, content);
    }

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static OverridesSpec Read(SnapshotFile file, CancellationToken cancellationToken)
    {
        var reader = new OverridesReader(file.Path, file.Content ?? string.Empty);
        var objects = new List<ObjectOverrideSpec>();
        try
        {
            reader.ReadDocument(JsonParser.Parse(file.Content ?? string.Empty, cancellationToken), objects);
        }
        catch (JsonParseException exception)
        {
            reader.Report(DiagnosticCatalogue.MalformedOverrides.Id, exception.Position, 1, exception.Message, "$");
            objects.Clear();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            reader.Report(DiagnosticCatalogue.MalformedOverrides.Id, 0, 0, exception.Message, "$");
            objects.Clear();
        }

        objects.Sort(static (left, right) => string.CompareOrdinal(left.ObjectName, right.ObjectName));
        return new OverridesSpec(objects.ToEquatableArray(), reader._diagnostics.ToEquatableArray(), reader._sites.ToEquatableArray());
    }

    private void ReadDocument(JsonValue root, List<ObjectOverrideSpec> objects)
    {
        var objectsValue = root.Kind == JsonKind.Object ? root.Get("objects") : null;
        if (objectsValue is null)
        {
            if (root.Kind != JsonKind.Object)
            {
                Report(DiagnosticCatalogue.MalformedOverrides.Id, root, "expected an object with an 'objects' member", "$");
            }

            return;
        }

        if (objectsValue.Kind != JsonKind.Object)
        {
            Report(DiagnosticCatalogue.MalformedOverrides.Id, objectsValue, "'objects' must be an object keyed by object type", "$.objects");
            return;
        }

        foreach (var member in objectsValue.Members)
        {
            var path = JsonPath.Member("$.objects", member.Key);
            if (member.Value.Kind != JsonKind.Object)
            {
                Report(DiagnosticCatalogue.MalformedOverrides.Id, member.Value, "an object override must be an object", path);
                continue;
            }

            AddSite(path, member.Value);
            objects.Add(new ObjectOverrideSpec(
                member.Key,
                Name(member.Value.Get("typeName"), path + ".typeName", isTypeName: true),
                member.Value.GetBool("exclude"),
                ReadProperties(member.Value.Get("properties"), path + ".properties"),
                path));
        }
    }

    private EquatableArray<PropertyOverrideSpec> ReadProperties(JsonValue? value, string path)
    {
        if (value is null)
        {
            return EquatableArray<PropertyOverrideSpec>.Empty;
        }

        if (value.Kind != JsonKind.Object)
        {
            Report(DiagnosticCatalogue.MalformedOverrides.Id, value, "'properties' must be an object keyed by property name", path);
            return EquatableArray<PropertyOverrideSpec>.Empty;
        }

        var properties = new List<PropertyOverrideSpec>();
        foreach (var member in value.Members)
        {
            var propertyPath = JsonPath.Member(path, member.Key);
            if (member.Value.Kind != JsonKind.Object)
            {
                Report(DiagnosticCatalogue.MalformedOverrides.Id, member.Value, "a property override must be an object", propertyPath);
                continue;
            }

            AddSite(propertyPath, member.Value);
            properties.Add(new PropertyOverrideSpec(
                member.Key,
                Name(member.Value.Get("name"), propertyPath + ".name", isTypeName: false),
                Name(member.Value.Get("enumName"), propertyPath + ".enumName", isTypeName: true),
                member.Value.GetBool("exclude"),
                ReadOptions(member.Value.Get("options"), propertyPath + ".options"),
                propertyPath));
        }

        properties.Sort(static (left, right) => string.CompareOrdinal(left.PropertyName, right.PropertyName));
        return properties.ToEquatableArray();
    }

    private EquatableArray<OptionOverrideSpec> ReadOptions(JsonValue? value, string path)
    {
        if (value is null)
        {
            return EquatableArray<OptionOverrideSpec>.Empty;
        }

        if (value.Kind != JsonKind.Object)
        {
            Report(DiagnosticCatalogue.MalformedOverrides.Id, value, "'options' must map option values to member names", path);
            return EquatableArray<OptionOverrideSpec>.Empty;
        }

        var options = new List<OptionOverrideSpec>();
        foreach (var member in value.Members)
        {
            var optionPath = JsonPath.Member(path, member.Key);
            if (Name(member.Value, optionPath, isTypeName: false) is { } name)
            {
                AddSite(optionPath, member.Value);
                options.Add(new OptionOverrideSpec(member.Key, name, optionPath));
            }
        }

        options.Sort(static (left, right) => string.CompareOrdinal(left.Value, right.Value));
        return options.ToEquatableArray();
    }

    private string? Name(JsonValue? value, string path, bool isTypeName)
    {
        if (value is null)
        {
            return null;
        }

        var problem = value.Kind == JsonKind.String ? IdentifierBuilder.WhyUnusable(value.Text!, isTypeName) : "it is not a C# identifier";
        if (problem is null)
        {
            return value.Text;
        }

        Report(DiagnosticCatalogue.InvalidOverrideName.Id, value, value.Text ?? value.Kind.ToString(), path, problem);
        return null;
    }

    private void AddSite(string jsonPath, JsonValue value) => _sites.Add(new OverrideSite(jsonPath, _lines.Locate(value.Start, value.Length)));

    private void Report(string id, JsonValue at, params string[] arguments) => Report(id, at.Start, at.Length, arguments);

    private void Report(string id, int start, int length, params string[] arguments) =>
        _diagnostics.Add(new DiagnosticSpec(id, _lines.Locate(start, length), new EquatableArray<string>(arguments)));
}
