using System.Collections.Concurrent;

namespace Spoke.Associations;

/// <summary>
/// The association types defined between pairs of object types, as last read, so creating associations by label does
/// not read the definitions every time. Entries are dropped when this client changes a label of the pair.
/// </summary>
internal sealed class AssociationLabelCache
{
    private readonly ConcurrentDictionary<(string From, string To), IReadOnlyList<AssociationTypeLabel>> _types = new();

    public bool TryGet(CrmObjectType from, CrmObjectType to, out IReadOnlyList<AssociationTypeLabel> types) =>
        _types.TryGetValue((from.TypeId, to.TypeId), out types!);

    public void Set(CrmObjectType from, CrmObjectType to, IReadOnlyList<AssociationTypeLabel> types) =>
        _types[(from.TypeId, to.TypeId)] = types;

    /// <summary>Forgets both directions of a pair, since a label change renames or removes types on each side.</summary>
    public void Forget(CrmObjectType from, CrmObjectType to)
    {
        _types.TryRemove((from.TypeId, to.TypeId), out _);
        _types.TryRemove((to.TypeId, from.TypeId), out _);
    }
}
