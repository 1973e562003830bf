using System;
using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>
/// Every name the generator gives an account's types and members, and the diagnostics the build would report: made by
/// <see cref="SchemaNaming.Compute"/> with the generator's own code.
/// </summary>
public sealed class GeneratedNames
{
    internal GeneratedNames(IReadOnlyList<GeneratedObject> objects, IReadOnlyList<NamingDiagnostic> diagnostics)
    {
        Objects = objects;
        Diagnostics = diagnostics;
    }

    /// <summary>The generated object types, in the order the generator names them (HubSpot's objects, then custom objects by type id).</summary>
    public IReadOnlyList<GeneratedObject> Objects { get; }

    /// <summary>What the build would report about the snapshots and spoke.json, ordered by file and position.</summary>
    public IReadOnlyList<NamingDiagnostic> Diagnostics { get; }

    /// <summary>
    /// The object type of type id <paramref name="objectNameOrTypeId"/>, or of that API name (ignoring case), as spoke.json keys
    /// objects; <see langword="null"/> when none is generated.
    /// </summary>
    public GeneratedObject? FindObject(string objectNameOrTypeId)
    {
        foreach (var generated in Objects)
        {
            if (string.Equals(generated.TypeId, objectNameOrTypeId, StringComparison.Ordinal)
                || string.Equals(generated.ObjectName, objectNameOrTypeId, StringComparison.OrdinalIgnoreCase))
            {
                return generated;
            }
        }

        return null;
    }
}
