namespace Spoke.Wire;

/// <summary>One property value as HubSpot sent it, under the index its record's <see cref="RecordLayout"/> gives the property.</summary>
/// <param name="Index">The property's index in the layout.</param>
/// <param name="Value">The wire string, or <see langword="null"/> when HubSpot sent <c>null</c>.</param>
internal readonly record struct WireValue(int Index, string? Value);
