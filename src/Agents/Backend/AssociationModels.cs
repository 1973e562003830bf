namespace Spoke.Agents.Backend;

/// <summary>An association type: <c>HUBSPOT_DEFINED</c>, <c>USER_DEFINED</c> or <c>INTEGRATOR_DEFINED</c>, and its id.</summary>
internal sealed record AssociationType(string Category, int TypeId, string? Label);

/// <summary>A record associated with another, with every association type between the two.</summary>
internal sealed record AssociatedRecord(string ToObjectId, IReadOnlyList<AssociationType> Types);

/// <summary>One page of associated records.</summary>
internal sealed record AssociationPage(IReadOnlyList<AssociatedRecord> Results, string? NextAfter);

/// <summary>An association to make while creating a record.</summary>
internal sealed record NewRecordAssociation(string ToObjectType, string ToId, AssociationType? Type);

/// <summary>One input of an upsert: the value of the id property and the properties to set.</summary>
internal sealed record UpsertInput(string Id, IReadOnlyDictionary<string, string?> Properties);
