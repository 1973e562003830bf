namespace Spoke.Emulator.Associations;

/// <summary>One association type between two object types, as HubSpot defines it.</summary>
/// <param name="FromTypeId">The object type id the association starts from.</param>
/// <param name="ToTypeId">The object type id it points to.</param>
/// <param name="TypeId">HubSpot's <c>associationTypeId</c>.</param>
/// <param name="Category"><c>HUBSPOT_DEFINED</c>, or <c>USER_DEFINED</c> for account labels and custom object schema associations.</param>
/// <param name="Label">The display label: <see langword="null"/> for the unlabeled type, <c>Primary</c> for the primary one.</param>
/// <param name="InverseTypeId">The type id of the same association seen from the other side.</param>
/// <param name="Name">The v3 name, e.g. <c>contact_to_company</c> or <c>contact_to_company_unlabeled</c>.</param>
internal sealed record AssociationTypeDefinition(
    string FromTypeId,
    string ToTypeId,
    int TypeId,
    string Category,
    string? Label,
    int InverseTypeId,
    string Name)
{
    public bool IsPrimary => Label == AssociationTypeCatalog.PrimaryLabel && Category == AssociationTypeCatalog.HubSpotDefined;

    /// <summary>A label defined in the account (through the labels API, seeding or a data file), which can be renamed and deleted.</summary>
    public bool IsAccountLabel { get; init; }
}
