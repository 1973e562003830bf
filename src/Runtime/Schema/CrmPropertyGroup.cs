namespace Spoke.Schema;

/// <summary>The properties of one property group, in display order.</summary>
/// <param name="Name">The group's internal name, for example <c>contactinformation</c>.</param>
/// <param name="Properties">The group's properties.</param>
public sealed record CrmPropertyGroup(string Name, IReadOnlyList<CrmProperty> Properties);
