namespace Spoke.Generator.Model;

/// <summary>
/// The user's spoke.json (kept apart from the snapshots, which a refresh overwrites), the problems found reading it, and
/// where each override sits for diagnostics.
/// </summary>
internal sealed record OverridesSpec(EquatableArray<ObjectOverrideSpec> Objects, EquatableArray<DiagnosticSpec> Diagnostics, EquatableArray<OverrideSite> Sites)
{
    public static OverridesSpec Empty { get; } = new(EquatableArray<ObjectOverrideSpec>.Empty, EquatableArray<DiagnosticSpec>.Empty, EquatableArray<OverrideSite>.Empty);

    /// <summary>The override of one object type (matched by API name or type id), or an empty one.</summary>
    public ObjectOverrideSpec For(string objectName, string typeId)
    {
        foreach (var candidate in Objects)
        {
            if (string.Equals(candidate.ObjectName, objectName, System.StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ObjectName, typeId, System.StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return ObjectOverrideSpec.None(objectName);
    }

    /// <summary>Where the override at <paramref name="jsonPath"/> is written, when it was read from a file.</summary>
    public LocationSpec? LocationOf(string jsonPath)
    {
        foreach (var site in Sites)
        {
            if (site.JsonPath == jsonPath)
            {
                return site.Location;
            }
        }

        return null;
    }
}
