namespace Spoke.Cli.Schema.Diff;

/// <summary>One picklist option.</summary>
/// <param name="Value">The value stored and sent on the wire.</param>
/// <param name="Label">The label users see in HubSpot.</param>
internal sealed record OptionShape(string Value, string Label);
