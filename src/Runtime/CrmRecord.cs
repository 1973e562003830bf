using System.ComponentModel;
using Spoke.Wire;

namespace Spoke;

/// <summary>
/// What every HubSpot record has besides its properties: id, timestamps, archive state, inline associations, and the properties
/// that arrived on the wire without a typed member (kept, never dropped). Generated records and <see cref="CrmObject"/> derive from it.
/// </summary>
/// <remarks>
/// A record keeps the wire string of each property HubSpot returned, and nothing for the ones it did not: a page that selects 60
/// of 400 properties costs 60 values per record. Typed members decode their string on access.
/// </remarks>
public abstract class CrmRecord
{
    private static readonly IReadOnlyDictionary<string, string?> NoProperties = new Dictionary<string, string?>(0);
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<CrmAssociatedId>> NoAssociations =
        new Dictionary<string, IReadOnlyList<CrmAssociatedId>>(0);

    private readonly RecordLayout? _layout;
    private WireValue[] _values = [];
    private Dictionary<string, string?>? _unmappedProperties;
    private IReadOnlyDictionary<string, string?>? _additionalProperties;

    /// <summary>Creates a record without typed members: every property is kept by wire name in <see cref="AdditionalProperties"/>.</summary>
    protected CrmRecord()
    {
    }

    /// <summary>Creates a record whose typed members read the properties <paramref name="layout"/> lists.</summary>
    /// <param name="layout">The properties of the generated record type.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected CrmRecord(RecordLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        _layout = layout;
    }

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
    public IReadOnlyDictionary<string, string?> AdditionalProperties => _additionalProperties ??= CollectAdditionalProperties();

    /// <summary>Inline associations, keyed by the associated object type as HubSpot names it (for example <c>companies</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CrmAssociatedId>> Associations { get; internal set; } = NoAssociations;

    internal RecordLayout? Layout => _layout;

    internal void KeepWireValues(WireValue[] values) => _values = values;

    internal void KeepUnmappedProperty(string propertyName, string? wireValue)
    {
        _unmappedProperties ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        _unmappedProperties[propertyName] = wireValue;
    }

    /// <summary>The wire string HubSpot returned for a property, typed member or not; null when it returned none.</summary>
    internal string? WireValueOf(string propertyName) =>
        _layout?.IndexOf(propertyName) is >= 0 and var index ? WireValueAt(index) : _unmappedProperties?.GetValueOrDefault(propertyName);

    internal string? WireValueAt(int index)
    {
        var position = WireValueSearch.Find(_values, index);
        return position >= 0 ? _values[position].Value : null;
    }

    // Unreadable values are found when they are first asked for rather than while the page is read, so reading stays one pass
    // that copies strings; the result is the same either way, because a typed member reads null for exactly these values.
    // The unmapped properties are copied, never changed, so records read from several threads at once stay consistent.
    private IReadOnlyDictionary<string, string?> CollectAdditionalProperties()
    {
        Dictionary<string, string?>? withUnreadable = null;
        if (_layout is not null)
        {
            foreach (var (index, value) in _values)
            {
                if (!_layout.CanDecode(index, value))
                {
                    withUnreadable ??= _unmappedProperties is null
                        ? new Dictionary<string, string?>(StringComparer.Ordinal)
                        : new Dictionary<string, string?>(_unmappedProperties, StringComparer.Ordinal);
                    withUnreadable[_layout.NameAt(index)] = value;
                }
            }
        }

        return withUnreadable ?? (IReadOnlyDictionary<string, string?>?)_unmappedProperties ?? NoProperties;
    }
}
