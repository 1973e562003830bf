namespace Spoke.Generator.Model;

/// <summary>
/// The emit models of every object type and of their pipelines, built together because a generated name must be unique across
/// the whole namespace, and the naming problems found on the way. Objects are in naming order; issues in the order they were found.
/// </summary>
internal sealed record AccountModel(EquatableArray<ObjectSpec> Objects, EquatableArray<PipelinesSpec> Pipelines, EquatableArray<NamingIssue> Issues);
