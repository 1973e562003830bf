namespace Spoke.Generator.Model;

/// <summary>The emit model of one object type and the naming problems found while building it.</summary>
internal sealed record ObjectBuildResult(ObjectSpec Spec, EquatableArray<PropertyIssue> Issues);
