namespace Spoke.History;

/// <summary>One value a property held, as <c>propertiesWithHistory</c> reports it.</summary>
/// <typeparam name="T">The value's type: the generated member's type for a typed read, <see cref="string"/> otherwise.</typeparam>
/// <param name="Value">The value decoded as <typeparamref name="T"/>; <see langword="default"/> when it was empty (cleared) or does not fit the type.</param>
/// <param name="WireValue">The value exactly as HubSpot sent it.</param>
/// <param name="Timestamp">When the property took the value.</param>
/// <param name="SourceType">What set it, for example <c>CRM_UI</c>, <c>INTEGRATION</c>, <c>IMPORT</c> or <c>CALCULATED</c>.</param>
/// <param name="SourceId">The id of the source (an app, an import, a workflow), if HubSpot gave one.</param>
/// <param name="SourceLabel">The source's label, if HubSpot gave one.</param>
/// <param name="UpdatedByUserId">The HubSpot user who set it, if a user did.</param>
public sealed record PropertyVersion<T>(
    T? Value, string WireValue, DateTimeOffset Timestamp, string SourceType, string? SourceId, string? SourceLabel, long? UpdatedByUserId);
