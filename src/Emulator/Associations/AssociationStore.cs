namespace Spoke.Emulator.Associations;

/// <summary>
/// Associations between records, stored in both directions. Changed only under the database's write lock.
/// </summary>
internal sealed class AssociationStore
{
    private readonly Dictionary<(string FromTypeId, long FromId, string ToTypeId), SortedDictionary<long, SortedSet<int>>> links = [];

    /// <summary>The associated ids and their type ids, ordered by id.</summary>
    public IReadOnlyDictionary<long, SortedSet<int>> From(string fromTypeId, long fromId, string toTypeId) =>
        links.TryGetValue((fromTypeId, fromId, toTypeId), out var targets) ? targets : Empty;

    public IReadOnlySet<int> Between(string fromTypeId, long fromId, string toTypeId, long toId) =>
        From(fromTypeId, fromId, toTypeId).TryGetValue(toId, out var types) ? types : EmptyTypes;

    /// <summary>Adds one type in one direction; returns false when it was already there.</summary>
    public bool Add(string fromTypeId, long fromId, string toTypeId, long toId, int typeId)
    {
        var key = (fromTypeId, fromId, toTypeId);
        if (!links.TryGetValue(key, out var targets))
        {
            links[key] = targets = [];
        }

        if (!targets.TryGetValue(toId, out var types))
        {
            targets[toId] = types = [];
        }

        return types.Add(typeId);
    }

    /// <summary>Removes one type in one direction; returns false when it was not there.</summary>
    public bool Remove(string fromTypeId, long fromId, string toTypeId, long toId, int typeId)
    {
        if (!links.TryGetValue((fromTypeId, fromId, toTypeId), out var targets) || !targets.TryGetValue(toId, out var types))
        {
            return false;
        }

        var removed = types.Remove(typeId);
        if (types.Count == 0)
        {
            targets.Remove(toId);
        }

        return removed;
    }

    /// <summary>Every association touching a record, for deleting it for good.</summary>
    public IEnumerable<(string ToTypeId, long ToId, int TypeId)> AllFrom(string fromTypeId, long fromId) =>
        links.Where(pair => pair.Key.FromTypeId == fromTypeId && pair.Key.FromId == fromId)
            .SelectMany(pair => pair.Value.SelectMany(target => target.Value.Select(type => (pair.Key.ToTypeId, target.Key, type))))
            .ToList();

    /// <summary>Every stored association, one direction per entry, for persistence.</summary>
    public IEnumerable<(string FromTypeId, long FromId, string ToTypeId, long ToId, int TypeId)> All() =>
        links.SelectMany(pair => pair.Value.SelectMany(target =>
            target.Value.Select(type => (pair.Key.FromTypeId, pair.Key.FromId, pair.Key.ToTypeId, target.Key, type))));

    private static readonly SortedDictionary<long, SortedSet<int>> Empty = [];
    private static readonly SortedSet<int> EmptyTypes = [];
}
