namespace Spoke.Generator.Model;

/// <summary>One pipeline stage as the pipelines snapshot states it; its id is the stage property's value.</summary>
/// <param name="Metadata">The stage's metadata (<c>probability</c>, <c>isClosed</c>, <c>ticketState</c>, ...), sorted by key.</param>
/// <param name="CreatedAt">When HubSpot created it; stages are named oldest first, so a new one never renames an old one.</param>
/// <param name="JsonPath">Where the stage is in its snapshot, for diagnostics.</param>
internal sealed record StageSchemaSpec(string Id, string Label, int DisplayOrder, EquatableArray<StageMetadataSpec> Metadata, string? CreatedAt, string JsonPath)
{
    /// <summary>The metadata value under <paramref name="key"/>, or <see langword="null"/>.</summary>
    public string? MetadataValue(string key)
    {
        foreach (var entry in Metadata)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
