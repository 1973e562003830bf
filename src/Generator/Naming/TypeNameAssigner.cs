using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Spoke.Generator.Model;

namespace Spoke.Generator.Naming;

/// <summary>
/// Gives every object type a distinct record type name (ignoring case, so hint names stay unique on any file system).
/// HubSpot's own objects choose first, then custom objects oldest first (by type id), so a new custom object never renames an existing type.
/// </summary>
internal static class TypeNameAssigner
{
    // Every record name N also claims N + "Input" and N + "Fields"; picklist enums are prefixed by N.
    private static readonly string[] CompanionSuffixes = { string.Empty, "Input", "Fields" };

    public static EquatableArray<TypeNameAssignment> Assign(ImmutableArray<TypeNameRequest> requests)
    {
        var ordered = new List<TypeNameRequest>(requests);
        ordered.Sort(Compare);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var assignments = new List<TypeNameAssignment>(ordered.Count);
        foreach (var request in ordered)
        {
            var name = request.PreferredName;
            string? displacedBy = null;
            for (var suffix = 2; !IsFree(owners, name, out var owner); suffix++)
            {
                displacedBy ??= owner;
                name = request.PreferredName + suffix.ToString(CultureInfo.InvariantCulture);
            }

            foreach (var companion in CompanionSuffixes)
            {
                owners[name + companion] = request.ObjectName;
            }

            assignments.Add(new TypeNameAssignment(request.ObjectName, request.PreferredName, name, displacedBy));
        }

        assignments.Sort(static (left, right) => string.CompareOrdinal(left.ObjectName, right.ObjectName));
        return assignments.ToEquatableArray();
    }

    public static string For(EquatableArray<TypeNameAssignment> assignments, string objectName)
    {
        foreach (var assignment in assignments)
        {
            if (assignment.ObjectName == objectName)
            {
                return assignment.TypeName;
            }
        }

        return objectName;
    }

    private static bool IsFree(Dictionary<string, string> owners, string name, out string? owner)
    {
        foreach (var companion in CompanionSuffixes)
        {
            if (owners.TryGetValue(name + companion, out owner))
            {
                return false;
            }
        }

        owner = null;
        return true;
    }

    private static int Compare(TypeNameRequest left, TypeNameRequest right)
    {
        var byKind = left.IsCustom.CompareTo(right.IsCustom);
        if (byKind != 0)
        {
            return byKind;
        }

        var byId = TypeIdNumber(left.TypeId).CompareTo(TypeIdNumber(right.TypeId));
        return byId != 0 ? byId : string.CompareOrdinal(left.ObjectName, right.ObjectName);
    }

    private static long TypeIdNumber(string typeId)
    {
        var dash = typeId.IndexOf('-');
        return long.TryParse(typeId.Substring(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : long.MaxValue;
    }
}
