namespace Spoke.Associations;

/// <summary>A record associated with another, with every association type between the two.</summary>
/// <param name="ToObjectId">The id of the associated record.</param>
/// <param name="Types">The association types linking the pair (an unlabeled type, and any labels such as primary).</param>
public sealed record AssociatedRecord(string ToObjectId, IReadOnlyList<AssociationTypeLabel> Types)
{
    /// <summary>Whether the pair is linked by the given association type.</summary>
    /// <param name="spec">The category and type id to look for.</param>
    /// <returns><see langword="true"/> when one of <see cref="Types"/> has that category and type id.</returns>
    public bool Has(AssociationSpec spec) => Types.Any(type => type.Spec == spec);
}
