namespace Spoke;

/// <summary>
/// An untyped write (object type known only at run time): properties by wire name with wire-string values.
/// <see langword="null"/> clears a property. Shares its code path with the generated inputs.
/// </summary>
public sealed class CrmObjectInput : CrmInput
{
    /// <summary>Creates an empty input.</summary>
    public CrmObjectInput()
    {
    }

    /// <summary>Creates an input from property names and wire values; <see langword="null"/> values clear the property.</summary>
    /// <param name="properties">The properties to set.</param>
    /// <exception cref="ArgumentException">A value is longer than <see cref="HubSpotLimits.MaxPropertyValueLength"/>.</exception>
    public CrmObjectInput(IEnumerable<KeyValuePair<string, string?>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        foreach (var (name, value) in properties)
        {
            SetProperty(name, value);
        }
    }

    /// <summary>Gets the wire value set for a property (<see langword="null"/> when not set), or sets it; <see langword="null"/> clears it.</summary>
    /// <param name="propertyName">The property's wire name.</param>
    public string? this[string propertyName]
    {
        get => Changes.TryGetValue(propertyName, out var value) ? value : null;
        set => SetProperty(propertyName, value);
    }
}
