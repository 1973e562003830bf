namespace Spoke.Generator.Model;

/// <summary>What spoke.json says about one object type: a type name, exclusion, and property overrides (sorted by wire name).</summary>
internal sealed record ObjectOverrideSpec(
    string ObjectName,
    string? TypeName,
    bool Exclude,
    EquatableArray<PropertyOverrideSpec> Properties,
    string JsonPath)
{
    public static ObjectOverrideSpec None(string objectName) =>
        new(objectName, TypeName: null, Exclude: false, EquatableArray<PropertyOverrideSpec>.Empty, JsonPath: string.Empty);

    public PropertyOverrideSpec? For(string propertyName)
    {
        foreach (var property in Properties)
        {
            if (property.PropertyName == propertyName)
            {
                return property;
            }
        }

        return null;
    }
}
