namespace Spoke.Associations;

/// <summary>An association type as HubSpot identifies it: a category and a numeric type id.</summary>
/// <param name="Category">Who defined the type.</param>
/// <param name="TypeId">The association type id, for example 279 (contact to company, unlabeled).</param>
public readonly record struct AssociationSpec(AssociationCategory Category, int TypeId)
{
    /// <inheritdoc />
    public override string ToString() => $"{AssociationCategoryNames.ToWire(Category)}/{TypeId}";
}
