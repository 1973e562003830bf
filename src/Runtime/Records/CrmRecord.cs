using System.Text.Json;

namespace Spoke;

/// <summary>
/// What every HubSpot record has besides its properties: id, timestamps, archive state, inline associations, and the properties
/// that arrived on the wire without a typed member (kept, never dropped). Generated records and <see cref="CrmObject"/> derive from it.
/// </summary>
public abstract class CrmRecord
{
    private static readonly IReadOnlyDictionary<string, string?> NoProperties = new Dictionary<string, string?>(0);
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<CrmAssociatedId>> NoAssociations =
        new Dictionary<string, IReadOnlyList<CrmAssociatedId>>(0);

    private Dictionary<string, string?>? _additionalProperties;

    /// <summary>The record id (HubSpot sends ids as strings).</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>When the record was created.</summary>
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>When the record was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>Whether the record is archived (in the recycle bin).</summary>
    public bool Archived { get; internal set; }

    /// <summary>When the record was archived, if it is.</summary>
    public DateTimeOffset? ArchivedAt { get; internal set; }

    /// <summary>
    /// Properties that arrived on the wire without a typed member: properties added to the account after the snapshot was taken,
    /// and values that could not be read as their declared type. Keys are wire names, values the strings as received.
    /// </summary>
    public IReadOnlyDictionary<string, string?> AdditionalProperties => _additionalProperties ?? NoProperties;

    /// <summary>Inline associations, keyed by the associated object type as HubSpot names it (for example <c>companies</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CrmAssociatedId>> Associations { get; internal set; } = NoAssociations;

    /// <summary>
    /// Reads one property value into its typed member. Generated records implement this with a switch on the wire name.
    /// </summary>
    /// <param name="propertyName">The property's wire name.</param>
    /// <param name="reader">The reader, positioned on the property's value.</param>
    /// <returns><see langword="false"/> when the record has no member for the property; the caller then keeps the raw value.</returns>
    protected abstract bool TryReadProperty(scoped ReadOnlySpan<char> propertyName, ref Utf8JsonReader reader);

    // Not protected internal: an override in an assembly the runtime grants InternalsVisibleTo (tests, benchmarks) would then
    // have to say "protected internal" while everyone else says "protected", and generated code cannot know which it is in.
    internal bool ReadProperty(scoped ReadOnlySpan<char> propertyName, ref Utf8JsonReader reader) => TryReadProperty(propertyName, ref reader);

    internal void KeepAdditionalProperty(string propertyName, string? wireValue)
    {
        _additionalProperties ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        _additionalProperties[propertyName] = wireValue;
    }
}
