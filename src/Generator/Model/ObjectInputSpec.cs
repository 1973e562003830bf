namespace Spoke.Generator.Model;

/// <summary>One object's schema with its own slice of the overrides: what the model builder needs of one object.</summary>
internal sealed record ObjectInputSpec(ObjectSchemaSpec Schema, ObjectOverrideSpec Overrides)
{
    /// <summary>The object's schema with what <paramref name="overrides"/> says about it (matched by API name or type id).</summary>
    public static ObjectInputSpec For(ObjectSchemaSpec schema, OverridesSpec overrides) => new(schema, overrides.For(schema.ObjectName, schema.TypeId));

    /// <summary>Whether the object type is generated: spoke.json does not exclude it.</summary>
    public bool IsGenerated => !Overrides.Exclude;
}
