using System.Collections.Frozen;
using System.ComponentModel;

namespace Spoke.Wire;

/// <summary>
/// The properties a generated record type knows, by index: their wire names (in the order of the record's
/// <c>PropertyNames</c>) and decoders. A record keeps the wire string of each property HubSpot returned under its index, and
/// its typed members decode on access; one layout per generated type serves every record of it.
/// </summary>
/// <remarks>For generated code: hidden from IntelliSense, and not meant to be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordLayout
{
    private readonly string[] _propertyNames;
    private readonly PropertyDecoder[] _decoders;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indexByName;

    /// <summary>Creates the layout of a generated record type.</summary>
    /// <param name="propertyNames">The wire names, one per typed member; the position of each is its index.</param>
    /// <param name="decoders">The decoder of each property, in the same order.</param>
    /// <exception cref="ArgumentException">The arrays differ in length, or a name appears twice.</exception>
    public RecordLayout(string[] propertyNames, PropertyDecoder[] decoders)
    {
        ArgumentNullException.ThrowIfNull(propertyNames);
        ArgumentNullException.ThrowIfNull(decoders);
        if (propertyNames.Length != decoders.Length)
        {
            throw new ArgumentException($"A record layout needs one decoder per property name, but got {propertyNames.Length} names and {decoders.Length} decoders.", nameof(decoders));
        }

        var indexByName = new Dictionary<string, int>(propertyNames.Length, StringComparer.Ordinal);
        for (var index = 0; index < propertyNames.Length; index++)
        {
            if (!indexByName.TryAdd(propertyNames[index], index))
            {
                throw new ArgumentException($"The property name '{propertyNames[index]}' appears twice in a record layout; each property needs exactly one index.", nameof(propertyNames));
            }
        }

        _propertyNames = propertyNames;
        _decoders = decoders;
        _indexByName = indexByName.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The wire names, indexed as the record's typed members are.</summary>
    public IReadOnlyList<string> PropertyNames => _propertyNames;

    /// <summary>Decodes one wire string of a property the way its typed member does.</summary>
    /// <param name="propertyName">The property's wire name.</param>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">The decoded value (boxed), or <see langword="null"/> when empty.</param>
    /// <returns><see langword="false"/> when the record has no such property or the value cannot be read as its type.</returns>
    public bool TryDecode(string propertyName, string? wireValue, out object? value)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        var index = IndexOf(propertyName);
        if (index < 0)
        {
            value = null;
            return false;
        }

        return _decoders[index](wireValue, out value);
    }

    internal int IndexOf(ReadOnlySpan<char> propertyName) => _indexByName.TryGetValue(propertyName, out var index) ? index : -1;

    internal string NameAt(int index) => _propertyNames[index];

    internal bool CanDecode(int index, string? wireValue) => _decoders[index](wireValue, out _);
}
