using Spoke.Generator.Model;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Mapping;

/// <summary>Joins an object's schema with the parts of the overrides and the type-name assignment that concern it.</summary>
internal static class ObjectInputs
{
    public static (ObjectSchemaSpec Schema, ObjectOverrideSpec Overrides) WithOverrides(ObjectSchemaSpec schema, OverridesSpec overrides) =>
        (schema, overrides.For(schema.ObjectName, schema.TypeId));

    public static TypeNameRequest TypeNameRequest((ObjectSchemaSpec Schema, ObjectOverrideSpec Overrides) item) =>
        new(item.Schema.ObjectName, item.Schema.TypeId, item.Schema.IsCustom, ObjectModelBuilder.PreferredTypeName(item.Schema, item.Overrides));

    public static ObjectInputSpec Create((ObjectSchemaSpec Schema, ObjectOverrideSpec Overrides) item, EquatableArray<TypeNameAssignment> typeNames) =>
        new(item.Schema, item.Overrides, TypeNameAssigner.For(typeNames, item.Schema.ObjectName));
}
