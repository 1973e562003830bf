namespace Spoke.Webhooks;

/// <summary>The association an <see cref="WebhookEventKind.AssociationChange"/> event is about. HubSpot fires one per direction.</summary>
/// <param name="AssociationType">HubSpot's name for the direction, e.g. <c>CONTACT_TO_COMPANY</c>.</param>
/// <param name="FromObjectId">The record the association starts from.</param>
/// <param name="ToObjectId">The record the association points to.</param>
/// <param name="Removed">Whether the association was removed rather than added.</param>
/// <param name="IsPrimary">Whether the association is the primary one (e.g. a contact's primary company).</param>
public sealed record WebhookAssociationChange(string AssociationType, long FromObjectId, long ToObjectId, bool Removed, bool IsPrimary);
