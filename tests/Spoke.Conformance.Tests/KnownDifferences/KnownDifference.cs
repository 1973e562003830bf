using System.Text.Json.Serialization;

namespace Spoke.Conformance.Tests.KnownDifferences;

/// <summary>A check the emulator fails today, with what HubSpot does (per its docs) and what the emulator does instead.</summary>
internal sealed record KnownDifference(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("hubspot")] string HubSpot,
    [property: JsonPropertyName("emulator")] string Emulator);
