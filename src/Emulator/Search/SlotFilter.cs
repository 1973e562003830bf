using Spoke.Emulator.State;

namespace Spoke.Emulator.Search;

/// <summary>A filter ready to test record slots of one collection: on property columns, or on associations.</summary>
internal abstract class SlotFilter(SearchFilter filter)
{
    /// <summary>The validated filter this tests.</summary>
    public SearchFilter Filter { get; } = filter;

    /// <summary>
    /// How costly <see cref="Matches"/> is relative to other filters (a presence check, a numeric key, text, tokens,
    /// associations), so a group tests its cheap filters first and reads fewer strings.
    /// </summary>
    public abstract int Cost { get; }

    public abstract bool Matches(int slot);

    /// <summary>Prepares a filter for a search over one collection.</summary>
    public static SlotFilter For(SearchFilter filter, ObjectCollection collection, CrmDatabase database) =>
        filter.Property is { } property
            ? new ColumnFilter(filter, collection.IndexOf(property).Column)
            : new AssociationFilter(filter, collection, database);

    /// <summary>An <c>associations.{type}</c> filter: whether the record is associated with any of the given ids.</summary>
    private sealed class AssociationFilter(SearchFilter filter, ObjectCollection collection, CrmDatabase database) : SlotFilter(filter)
    {
        public override int Cost => 4;

        public override bool Matches(int slot) =>
            FilterMatcher.MatchesAssociation(Filter, collection.IdAt(slot), database, collection.Type.TypeId);
    }
}
