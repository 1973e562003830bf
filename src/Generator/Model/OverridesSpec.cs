namespace Spoke.Generator.Model;

/// <summary>The user's spoke.json (kept apart from the snapshots, which a refresh overwrites), and the problems found reading it.</summary>
internal sealed record OverridesSpec(EquatableArray<ObjectOverrideSpec> Objects, EquatableArray<DiagnosticSpec> Diagnostics)
{
    public static OverridesSpec Empty { get; } = new(EquatableArray<ObjectOverrideSpec>.Empty, EquatableArray<DiagnosticSpec>.Empty);

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
}
