namespace Spoke.Associations;

/// <summary>An association to create together with a new record: the record to link to, and the type of link.</summary>
/// <param name="ToObjectId">The id of the existing record to link to.</param>
/// <param name="Spec">The association type (category and type id) from the new record to that one.</param>
public record AssociationTarget(string ToObjectId, AssociationSpec Spec);

/// <summary>
/// An association to create together with a new <typeparamref name="TFrom"/> record; made by
/// <see cref="AssociationType{TFrom, TTo}.To(string)"/>, so only associations that start from the new record's type fit.
/// </summary>
/// <typeparam name="TFrom">The record type being created.</typeparam>
/// <param name="ToObjectId">The id of the existing record to link to.</param>
/// <param name="Spec">The association type from the new record to that one.</param>
public sealed record AssociationTarget<TFrom>(string ToObjectId, AssociationSpec Spec) : AssociationTarget(ToObjectId, Spec);
