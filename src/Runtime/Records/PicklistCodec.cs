namespace Spoke;

/// <summary>Maps one generated picklist enum to and from its HubSpot wire values. Generated code supplies one per enum.</summary>
/// <typeparam name="TEnum">The generated picklist enum.</typeparam>
/// <param name="tryParse">Finds the member for a wire value (case-sensitive, as HubSpot's enumerations are).</param>
/// <param name="toWireValue">Returns the wire value of a member.</param>
public sealed class PicklistCodec<TEnum>(PicklistCodec<TEnum>.TryParseWireValue tryParse, Func<TEnum, string> toWireValue)
    where TEnum : struct, Enum
{
    /// <summary>Finds the enum member for a wire value.</summary>
    /// <param name="wireValue">The string as HubSpot sends it.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when the wire value belongs to a member.</returns>
    public delegate bool TryParseWireValue(string wireValue, out TEnum value);

    /// <summary>Decodes one wire value; unknown values are kept raw.</summary>
    /// <param name="wireValue">The string as HubSpot sends it.</param>
    public Picklist<TEnum> Decode(string wireValue) =>
        tryParse(wireValue, out var value) ? Picklist<TEnum>.FromWire(wireValue, value) : Picklist<TEnum>.Unknown(wireValue);

    /// <summary>Decodes a multi-select value (semicolon-joined); unknown values are kept raw.</summary>
    /// <param name="wireValue">The string as HubSpot sends it, for example <c>a;b</c>.</param>
    public IReadOnlyList<Picklist<TEnum>> DecodeMany(string wireValue)
    {
        var parts = wireValue.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var values = new Picklist<TEnum>[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            values[i] = Decode(parts[i]);
        }

        return values;
    }

    /// <summary>Encodes one value for the wire: an unknown value is sent exactly as it was received.</summary>
    /// <param name="value">The value.</param>
    public string Encode(Picklist<TEnum> value) =>
        value.WireValue ?? (value.IsKnown ? toWireValue(value.Value) : string.Empty);

    /// <summary>Encodes an optional value for a write: <see langword="null"/> becomes <c>""</c>, which clears the property.</summary>
    /// <param name="value">The value.</param>
    public string EncodeOrClear(Picklist<TEnum>? value) => value is { } set ? Encode(set) : string.Empty;

    /// <summary>Encodes an optional multi-select value for a write: <see langword="null"/> becomes <c>""</c>, which clears the property.</summary>
    /// <param name="values">The selected values.</param>
    public string EncodeManyOrClear(IReadOnlyList<Picklist<TEnum>>? values) => values is null ? string.Empty : EncodeMany(values);

    /// <summary>Returns the wire value of an enum member.</summary>
    /// <param name="value">The member.</param>
    public string ToWireValue(TEnum value) => toWireValue(value);

    /// <summary>Encodes a multi-select value, semicolon-joined as HubSpot expects; an empty list clears the property.</summary>
    /// <param name="values">The selected values.</param>
    public string EncodeMany(IReadOnlyList<Picklist<TEnum>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count switch
        {
            0 => string.Empty,
            1 => Encode(values[0]),
            _ => JoinEncoded(values),
        };
    }

    private string JoinEncoded(IReadOnlyList<Picklist<TEnum>> values)
    {
        var parts = new string[values.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Encode(values[i]);
        }

        return string.Join(';', parts);
    }
}
