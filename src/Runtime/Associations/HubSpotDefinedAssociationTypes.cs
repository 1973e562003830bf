namespace Spoke.Associations;

/// <summary>
/// HubSpot's built-in association type ids between the core objects (hubspot-api.md §5.4, from HubSpot's
/// "Association type ID values" table). Each direction has its own id: contact→company is 279, company→contact 280.
/// </summary>
internal static class HubSpotDefinedAssociationTypes
{
    private static readonly Dictionary<(string From, string To), (int Unlabeled, int? Primary)> Table = new()
    {
        [("0-1", "0-2")] = (279, 1),
        [("0-2", "0-1")] = (280, 2),
        [("0-3", "0-2")] = (341, 5),
        [("0-2", "0-3")] = (342, 6),
        [("0-5", "0-2")] = (339, 26),
        [("0-2", "0-5")] = (340, 25),
        [("0-1", "0-3")] = (4, null),
        [("0-3", "0-1")] = (3, null),
        [("0-1", "0-5")] = (15, null),
        [("0-5", "0-1")] = (16, null),
        [("0-3", "0-5")] = (27, null),
        [("0-5", "0-3")] = (28, null),
        [("0-1", "0-1")] = (449, null),
        [("0-2", "0-2")] = (450, null),
        [("0-3", "0-3")] = (451, null),
        [("0-5", "0-5")] = (452, null),
        [("0-3", "0-8")] = (19, null),
        [("0-8", "0-3")] = (20, null),
    };

    /// <summary>The unlabeled (default) type from one object type to another.</summary>
    /// <exception cref="NotSupportedException">Spoke knows no HubSpot-defined type for this direction.</exception>
    public static AssociationSpec Unlabeled(CrmObjectType from, CrmObjectType to) =>
        Table.TryGetValue((from.TypeId, to.TypeId), out var ids)
            ? new AssociationSpec(AssociationCategory.HubSpotDefined, ids.Unlabeled)
            : throw new NotSupportedException(
                $"Spoke knows no HubSpot-defined association type from {from.Name} to {to.Name}. "
                + "Use the default association (CreateDefaultAssociationAsync), or pass the type id from your account's association labels.");

    /// <summary>The primary type from one object type to another (only links to companies have one).</summary>
    /// <exception cref="NotSupportedException">HubSpot defines no primary type for this direction.</exception>
    public static AssociationSpec Primary(CrmObjectType from, CrmObjectType to) =>
        Table.TryGetValue((from.TypeId, to.TypeId), out var ids) && ids.Primary is { } primary
            ? new AssociationSpec(AssociationCategory.HubSpotDefined, primary)
            : throw new NotSupportedException(
                $"HubSpot defines a primary association only between companies and contacts, deals or tickets; there is none from {from.Name} to {to.Name}.");
}
