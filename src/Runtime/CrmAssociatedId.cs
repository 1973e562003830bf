namespace Spoke;

/// <summary>One associated record as returned inline on a record read with <c>associations=...</c>.</summary>
/// <param name="Id">The associated record's id.</param>
/// <param name="Type">The association type as HubSpot names it, for example <c>contact_to_company</c>.</param>
public sealed record CrmAssociatedId(string Id, string Type);
