using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Endpoints;

/// <summary>Reads the two object types of an association route (<c>{objectType}</c> and <c>{toObjectType}</c>).</summary>
internal static class AssociationRoute
{
    public static (ObjectTypeDefinition From, ObjectTypeDefinition To) Types(EmulatorState state, HttpContext context) =>
        (RecordLookup.TypeOf(state, context), RecordLookup.TypeOf(state, context, "toObjectType"));
}
