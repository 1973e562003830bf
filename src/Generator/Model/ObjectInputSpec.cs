namespace Spoke.Generator.Model;

/// <summary>One object's schema with its own slice of the overrides: what the model builder needs of one object.</summary>
internal sealed record ObjectInputSpec(ObjectSchemaSpec Schema, ObjectOverrideSpec Overrides);
