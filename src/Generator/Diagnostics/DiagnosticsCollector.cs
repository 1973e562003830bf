using System.Collections.Generic;
using Spoke.Generator.Mapping;
using Spoke.Generator.Model;

namespace Spoke.Generator.Diagnostics;

/// <summary>Gathers a snapshot's diagnostics: reading problems plus naming and mapping issues, located at their properties.</summary>
internal static class DiagnosticsCollector
{
    public static EquatableArray<DiagnosticSpec> Collect(
        SnapshotReadResult read, OverridesSpec overrides, EquatableArray<TypeNameAssignment> typeNames, GeneratorOptionsSpec options)
    {
        var diagnostics = new List<DiagnosticSpec>(read.Diagnostics);
        var locations = new Dictionary<(string, string), LocationSpec>();
        foreach (var location in read.PropertyLocations)
        {
            locations[(location.ObjectName, location.PropertyName)] = location.Location;
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
                diagnostics.Add(new DiagnosticSpec(issue.DiagnosticId, location, issue.Arguments));
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
