namespace Spoke.Generator.Model;

/// <summary>One metadata entry of a pipeline stage, its value as text (HubSpot sends <c>"0.2"</c>, <c>"true"</c>).</summary>
internal sealed record StageMetadataSpec(string Key, string Value);
