namespace Spoke.Generator.Model;

/// <summary>One object's schema with its own slice of the overrides and its assigned record type name: all the model builder needs.</summary>
internal sealed record ObjectInputSpec(ObjectSchemaSpec Schema, ObjectOverrideSpec Overrides, string RecordName);
