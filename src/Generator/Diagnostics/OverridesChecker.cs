using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Spoke.Generator.Model;

namespace Spoke.Generator.Diagnostics;

/// <summary>Reports the overrides file's own problems and every override that names an object, property or option no snapshot has.</summary>
internal static class OverridesChecker
{
    public static EquatableArray<DiagnosticSpec> Check(OverridesSpec overrides, ImmutableArray<SnapshotReadResult> snapshots, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticSpec>(overrides.Diagnostics);
        foreach (var objectOverride in overrides.Objects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var schema = Find(snapshots, objectOverride.ObjectName);
            if (schema is null)
            {
                diagnostics.Add(NothingMatches(overrides, objectOverride.JsonPath, objectOverride.ObjectName));
                continue;
            }

            foreach (var propertyOverride in objectOverride.Properties)
            {
                var property = FindProperty(schema, propertyOverride.PropertyName);
                if (property is null)
                {
                    diagnostics.Add(NothingMatches(overrides, propertyOverride.JsonPath, propertyOverride.PropertyName));
                    continue;
                }

                foreach (var option in propertyOverride.Options)
                {
                    if (!HasOption(property, option.Value))
                    {
                        diagnostics.Add(NothingMatches(overrides, option.JsonPath, option.Value));
                    }
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static DiagnosticSpec NothingMatches(OverridesSpec overrides, string jsonPath, string name) =>
        new(DiagnosticCatalogue.OverrideMatchesNothing.Id, overrides.LocationOf(jsonPath), new EquatableArray<string>(new[] { jsonPath, name }));

    private static ObjectSchemaSpec? Find(ImmutableArray<SnapshotReadResult> snapshots, string objectName)
    {
        foreach (var snapshot in snapshots)
        {
            foreach (var schema in snapshot.Objects)
            {
                if (string.Equals(schema.ObjectName, objectName, StringComparison.OrdinalIgnoreCase) || schema.TypeId == objectName)
                {
                    return schema;
                }
            }
        }

        return null;
    }

    private static PropertySchemaSpec? FindProperty(ObjectSchemaSpec schema, string propertyName)
    {
        foreach (var property in schema.Properties)
        {
            if (property.Name == propertyName)
            {
                return property;
            }
        }

        return null;
    }

    private static bool HasOption(PropertySchemaSpec property, string value)
    {
        foreach (var option in property.Options)
        {
            if (option.Value == value)
            {
                return true;
            }
        }

        return false;
    }
}
