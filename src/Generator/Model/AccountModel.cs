namespace Spoke.Generator.Model;

/// <summary>
/// The emit models of every object type, built together because a generated name must be unique across the whole namespace, and
/// the naming problems found on the way. Objects are in naming order; issues in the order they were found.
/// </summary>
internal sealed record AccountModel(EquatableArray<ObjectSpec> Objects, EquatableArray<NamingIssue> Issues);
