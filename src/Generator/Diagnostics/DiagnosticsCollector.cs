using System.Collections.Generic;
using System.IO;
using Spoke.Generator.Mapping;
using Spoke.Generator.Model;

namespace Spoke.Generator.Diagnostics;

/// <summary>
/// Gathers a snapshot's diagnostics: reading problems plus naming and mapping issues, located at their properties. A property
/// issue's message arguments are followed by the snapshot name and the property's JSON path, which its message ends with.
/// </summary>
internal static class DiagnosticsCollector
{
    public static EquatableArray<DiagnosticSpec> Collect(
        SnapshotReadResult read, OverridesSpec overrides, EquatableArray<TypeNameAssignment> typeNames, GeneratorOptionsSpec options)
    {
        var diagnostics = new List<DiagnosticSpec>(read.Diagnostics);
        var locations = new Dictionary<(string, string), PropertyLocationSpec>();
        foreach (var location in read.PropertyLocations)
        {
            locations[(location.ObjectName, location.PropertyName)] = location;
        }

        foreach (var schema in read.Objects)
        {
            var withOverrides = ObjectInputs.WithOverrides(schema, overrides);
            if (withOverrides.Overrides.Exclude)
            {
                continue;
            }

            var input = ObjectInputs.Create(withOverrides, typeNames);
            foreach (var issue in ObjectModelBuilder.Build(input, options).Issues)
            {
                locations.TryGetValue((schema.ObjectName, issue.PropertyName), out var location);
                diagnostics.Add(new DiagnosticSpec(issue.DiagnosticId, location?.Location, WithSite(issue.Arguments, schema.SnapshotName, location)));
            }
        }

        AddTypeRenames(read, typeNames, diagnostics);
        return diagnostics.ToEquatableArray();
    }

    private static void AddTypeRenames(SnapshotReadResult read, EquatableArray<TypeNameAssignment> typeNames, List<DiagnosticSpec> diagnostics)
    {
        foreach (var site in read.ObjectLocations)
        {
            foreach (var assignment in typeNames)
            {
                if (assignment.DisplacedBy is not null && assignment.ObjectName == site.ObjectName)
                {
                    diagnostics.Add(new DiagnosticSpec(
                        DiagnosticDescriptors.TypeRenamed.Id,
                        site.Location,
                        new EquatableArray<string>(new[]
                        {
                            assignment.ObjectName, assignment.PreferredName, assignment.DisplacedBy, assignment.TypeName, Path.GetFileNameWithoutExtension(site.Location.FilePath), site.JsonPath,
                        })));
                }
            }
        }
    }

    private static EquatableArray<string> WithSite(EquatableArray<string> arguments, string snapshotName, PropertyLocationSpec? location)
    {
        var withSite = new string[arguments.Count + 2];
        for (var i = 0; i < arguments.Count; i++)
        {
            withSite[i] = arguments[i];
        }

        withSite[arguments.Count] = snapshotName;
        withSite[arguments.Count + 1] = location?.JsonPath ?? "$";
        return new EquatableArray<string>(withSite);
    }
}
