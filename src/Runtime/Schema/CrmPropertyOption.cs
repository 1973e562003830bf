namespace Spoke.Schema;

/// <summary>One picklist option of an enumeration property.</summary>
/// <param name="Value">The value written to and read from the API.</param>
/// <param name="Label">The label users see in HubSpot.</param>
/// <param name="Description">The option's description, if any.</param>
/// <param name="DisplayOrder">Where HubSpot shows the option.</param>
/// <param name="Hidden">Whether HubSpot hides the option in forms and the UI.</param>
public sealed record CrmPropertyOption(string Value, string Label, string? Description, int DisplayOrder, bool Hidden);
