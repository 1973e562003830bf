namespace Spoke;

/// <summary>
/// The value of a picklist (enumeration) property: one of the generated enum's members, or a wire value the snapshot did not know.
/// An option added in HubSpot after the build never throws and is never lost: <see cref="WireValue"/> keeps it, and writing the value
/// back sends it unchanged.
/// </summary>
/// <typeparam name="TEnum">The generated picklist enum.</typeparam>
public readonly struct Picklist<TEnum> : IEquatable<Picklist<TEnum>>
    where TEnum : struct, Enum
{
    private readonly TEnum _value;

    private Picklist(TEnum value, string? wireValue, bool isKnown)
    {
        _value = value;
        WireValue = wireValue;
        IsKnown = isKnown;
    }

    /// <summary>Creates a known value; the wire string is looked up when the value is written.</summary>
    /// <param name="value">The enum member.</param>
    public Picklist(TEnum value)
        : this(value, wireValue: null, isKnown: true)
    {
    }

    /// <summary>Whether the value is one of the enum's members (<see langword="false"/> for an option the snapshot did not know).</summary>
    public bool IsKnown { get; }

    /// <summary>The string exactly as HubSpot sent it, or <see langword="null"/> when the value was created from an enum member in code.</summary>
    public string? WireValue { get; }

    /// <summary>The enum member.</summary>
    /// <exception cref="InvalidOperationException">The value is not one of the enum's members; read <see cref="WireValue"/> instead.</exception>
    public TEnum Value => IsKnown
        ? _value
        : throw new InvalidOperationException($"The picklist value '{WireValue}' is not a member of {typeof(TEnum).Name}: the option was probably added in HubSpot after the schema snapshot was taken. Read WireValue, or refresh the snapshot and rebuild.");

    /// <summary>Creates a value received from HubSpot that matches an enum member.</summary>
    /// <param name="wireValue">The string as received.</param>
    /// <param name="value">The matching enum member.</param>
    public static Picklist<TEnum> FromWire(string wireValue, TEnum value) => new(value, wireValue, isKnown: true);

    /// <summary>Creates a value the generated enum does not know; it is written back exactly as given.</summary>
    /// <param name="wireValue">The option's internal value in HubSpot.</param>
    public static Picklist<TEnum> Unknown(string wireValue)
    {
        ArgumentNullException.ThrowIfNull(wireValue);
        return new(default, wireValue, isKnown: false);
    }

    /// <summary>Gets the enum member when the value is known.</summary>
    /// <param name="value">The member, or <see langword="default"/> when unknown.</param>
    /// <returns><see langword="true"/> when the value is one of the enum's members.</returns>
    public bool TryGetValue(out TEnum value)
    {
        value = _value;
        return IsKnown;
    }

    /// <summary>Wraps an enum member.</summary>
    /// <param name="value">The enum member.</param>
    public static implicit operator Picklist<TEnum>(TEnum value) => new(value);

    /// <inheritdoc/>
    public bool Equals(Picklist<TEnum> other) =>
        IsKnown && other.IsKnown
            ? EqualityComparer<TEnum>.Default.Equals(_value, other._value)
            : IsKnown == other.IsKnown && string.Equals(WireValue, other.WireValue, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Picklist<TEnum> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsKnown ? _value.GetHashCode() : StringComparer.Ordinal.GetHashCode(WireValue ?? string.Empty);

    /// <summary>Returns the wire value when known from HubSpot, otherwise the enum member's name.</summary>
    public override string ToString() => WireValue ?? _value.ToString();

    /// <summary>Compares two picklist values.</summary>
    public static bool operator ==(Picklist<TEnum> left, Picklist<TEnum> right) => left.Equals(right);

    /// <summary>Compares two picklist values.</summary>
    public static bool operator !=(Picklist<TEnum> left, Picklist<TEnum> right) => !left.Equals(right);
}
