namespace Spoke.Associations;

/// <summary>One association type on a link between two records, as HubSpot lists it.</summary>
/// <param name="Spec">The category and type id; key on this, since HubSpot renames labels.</param>
/// <param name="Label">The label (for example <c>Primary</c> or an account's own label), or null for the unlabeled type.</param>
public sealed record AssociationTypeLabel(AssociationSpec Spec, string? Label);
