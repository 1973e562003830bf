using System.ComponentModel;

namespace Spoke;

/// <summary>
/// Collects the properties a caller sets for a write, already encoded for the wire. Generated <c>{Record}Input</c> types and
/// <see cref="CrmObjectInput"/> derive from it, so typed and untyped writes share one code path.
/// </summary>
public abstract class CrmInput : ICrmInput
{
    private readonly Dictionary<string, string> _changes = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> Changes => _changes;

    /// <summary>
    /// Sets a property by wire name with a value already in wire form, for properties the generated type has no member for
    /// (added to the account after the snapshot). <see langword="null"/> clears the property.
    /// </summary>
    /// <param name="propertyName">The property's wire name.</param>
    /// <param name="wireValue">The value as HubSpot expects it, or <see langword="null"/> to clear.</param>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentException">The value is longer than <see cref="HubSpotLimits.MaxPropertyValueLength"/>.</exception>
    public void SetProperty(string propertyName, string? wireValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        SetWireValue(propertyName, wireValue ?? string.Empty);
    }

    /// <summary>Removes a property from the write, so it is not sent at all (as opposed to being cleared).</summary>
    /// <param name="propertyName">The property's wire name.</param>
    /// <returns><see langword="true"/> when the property had been set.</returns>
    public bool Unset(string propertyName) => _changes.Remove(propertyName);

    /// <summary>Records one property's wire value; called by generated property setters.</summary>
    /// <param name="propertyName">The property's wire name.</param>
    /// <param name="wireValue">The encoded value; <c>""</c> clears the property.</param>
    /// <exception cref="ArgumentException">The value is longer than <see cref="HubSpotLimits.MaxPropertyValueLength"/>.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void SetWireValue(string propertyName, string wireValue)
    {
        HubSpotLimits.ThrowIfAbove(
            nameof(HubSpotLimits.MaxPropertyValueLength), HubSpotLimits.MaxPropertyValueLength, wireValue.Length, $"characters in the value of '{propertyName}'");
        _changes[propertyName] = wireValue;
    }
}
