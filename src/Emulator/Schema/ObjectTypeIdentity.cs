namespace Spoke.Emulator.Schema;

/// <summary>The names an object type answers to in paths.</summary>
/// <param name="Name">The plural API name (<c>contacts</c>, <c>line_items</c>) or a custom object's schema name.</param>
/// <param name="TypeId">The object type id (<c>0-1</c>, <c>2-3465404</c>).</param>
/// <param name="SingularName">The singular name (<c>contact</c>), used in association type names and messages.</param>
/// <param name="Aliases">Other names accepted in paths (<c>p_shipment</c>, <c>p8675309_shipment</c>).</param>
internal sealed record ObjectTypeIdentity(string Name, string TypeId, string SingularName, IReadOnlyList<string> Aliases);
