using System.Collections.Frozen;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Spoke.Wire;

/// <summary>Maps one generated picklist enum to and from its HubSpot wire values. Generated code supplies one per enum.</summary>
/// <typeparam name="TEnum">The generated picklist enum.</typeparam>
/// <remarks>For generated code: hidden from IntelliSense, and not meant to be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PicklistCodec<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _wireValues;
    private readonly FrozenDictionary<string, TEnum> _members;

    /// <summary>Creates the codec of a generated enum whose members are numbered 0, 1, 2, ... in the order of their wire values.</summary>
    /// <param name="wireValues">The wire value of each member, indexed by the member's number.</param>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not backed by <see cref="int"/>, as generated enums are.</exception>
    public PicklistCodec(string[] wireValues)
    {
        ArgumentNullException.ThrowIfNull(wireValues);
        if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
        {
            throw new ArgumentException($"{typeof(TEnum).Name} is not backed by int; a picklist codec numbers members from 0 as generated enums do.", nameof(wireValues));
        }

        // Built here rather than in generated code: a table and a frozen dictionary per enum in source cost build time for every
        // picklist of the account, while this runs once per enum that is actually used.
        var members = new Dictionary<string, TEnum>(wireValues.Length, StringComparer.Ordinal);
        for (var index = 0; index < wireValues.Length; index++)
        {
            members[wireValues[index]] = Unsafe.BitCast<int, TEnum>(index);
        }

        _wireValues = wireValues;
        _members = members.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Finds the enum member for a wire value (case-sensitive, as HubSpot compares enumerations).</summary>
    /// <param name="wireValue">The string as HubSpot sends it.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when the wire value belongs to a member.</returns>
    public bool TryParseWireValue(string wireValue, out TEnum value)
    {
        ArgumentNullException.ThrowIfNull(wireValue);
        return _members.TryGetValue(wireValue, out value);
    }

    /// <summary>Returns the wire value of an enum member.</summary>
    /// <param name="value">The member.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member of the enum.</exception>
    public string ToWireValue(TEnum value)
    {
        var index = Unsafe.BitCast<TEnum, int>(value);
        return (uint)index < (uint)_wireValues.Length
            ? _wireValues[index]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a member of {typeof(TEnum).Name}.");
    }

    /// <summary>Decodes one wire value; unknown values are kept raw.</summary>
    /// <param name="wireValue">The string as HubSpot sends it.</param>
    public Picklist<TEnum> Decode(string wireValue) =>
        TryParseWireValue(wireValue, out var value) ? Picklist<TEnum>.FromWire(wireValue, value) : Picklist<TEnum>.Unknown(wireValue);

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

    // The absence rules of typed members and boxed decoders alike: a single-select value that is absent or empty is no value,
    // a multi-select value is no value only when absent (an empty one is an empty selection).
    internal Picklist<TEnum>? DecodeIfPresent(string? wireValue) => string.IsNullOrEmpty(wireValue) ? null : Decode(wireValue);

    internal IReadOnlyList<Picklist<TEnum>>? DecodeManyIfPresent(string? wireValue) => wireValue is null ? null : DecodeMany(wireValue);

    /// <summary>Encodes one value for the wire: an unknown value is sent exactly as it was received.</summary>
    /// <param name="value">The value.</param>
    public string Encode(Picklist<TEnum> value) =>
        value.WireValue ?? (value.IsKnown ? ToWireValue(value.Value) : string.Empty);

    /// <summary>Encodes an optional value for a write: <see langword="null"/> becomes <c>""</c>, which clears the property.</summary>
    /// <param name="value">The value.</param>
    public string EncodeOrClear(Picklist<TEnum>? value) => value is { } set ? Encode(set) : string.Empty;

    /// <summary>Encodes an optional multi-select value for a write: <see langword="null"/> becomes <c>""</c>, which clears the property.</summary>
    /// <param name="values">The selected values.</param>
    public string EncodeManyOrClear(IReadOnlyList<Picklist<TEnum>>? values) => values is null ? string.Empty : EncodeMany(values);

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
