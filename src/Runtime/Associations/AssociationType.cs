namespace Spoke.Associations;

/// <summary>
/// An association type from <typeparamref name="TFrom"/> records to <typeparamref name="TTo"/> records. The direction is
/// part of the type, so a contact→company type cannot be passed where a company→contact type is expected.
/// </summary>
/// <typeparam name="TFrom">The generated record type the association starts from.</typeparam>
/// <typeparam name="TTo">The generated record type it points to.</typeparam>
/// <example><code>
/// await client.CreateAssociationAsync(AssociationType&lt;Contact, Company&gt;.Primary, contactId, companyId);
/// </code></example>
public sealed class AssociationType<TFrom, TTo>
    where TFrom : CrmRecord, ICrmObject<TFrom>
    where TTo : CrmRecord, ICrmObject<TTo>
{
    private AssociationType(AssociationSpec spec) => Spec = spec;

    /// <summary>
    /// HubSpot's unlabeled type for this direction, for example 279 for contact→company.
    /// </summary>
    /// <exception cref="NotSupportedException">HubSpot defines no built-in type for this direction.</exception>
    public static AssociationType<TFrom, TTo> Default => new(HubSpotDefinedAssociationTypes.Unlabeled(TFrom.ObjectType, TTo.ObjectType));

    /// <summary>
    /// HubSpot's primary type for this direction, for example 1 for contact→primary company. Creating it also creates the
    /// unlabeled type; a record has at most one primary company.
    /// </summary>
    /// <exception cref="NotSupportedException">HubSpot defines no primary type for this direction (only links with companies have one).</exception>
    public static AssociationType<TFrom, TTo> Primary => new(HubSpotDefinedAssociationTypes.Primary(TFrom.ObjectType, TTo.ObjectType));

    /// <summary>The category and type id.</summary>
    public AssociationSpec Spec { get; }

    /// <summary>
    /// An association type by id, for example one of the account's own labels (<c>FindAssociationTypeAsync</c> finds one by
    /// label, <c>GetAssociationLabelsAsync</c> lists them all).
    /// </summary>
    /// <param name="typeId">The association type id for this direction.</param>
    /// <param name="category">Who defined it; labels made in the account are <see cref="AssociationCategory.UserDefined"/>.</param>
    /// <returns>The association type.</returns>
    public static AssociationType<TFrom, TTo> FromTypeId(int typeId, AssociationCategory category = AssociationCategory.UserDefined)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(typeId);
        return new AssociationType<TFrom, TTo>(new AssociationSpec(category, typeId));
    }

    /// <summary>An association of this type to an existing record, to create together with a new <typeparamref name="TFrom"/>.</summary>
    /// <param name="toObjectId">The id of the existing <typeparamref name="TTo"/> record.</param>
    /// <returns>The association to pass to <c>CreateAsync</c>.</returns>
    public AssociationTarget<TFrom> To(string toObjectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toObjectId);
        return new AssociationTarget<TFrom>(toObjectId, Spec);
    }

    /// <inheritdoc />
    public override string ToString() => $"{TFrom.ObjectType.Name}→{TTo.ObjectType.Name} {Spec}";
}
