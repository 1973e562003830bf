using System.ComponentModel;

namespace Spoke.Wire;

/// <summary>
/// Decodes one property's wire string into the boxed value its typed member holds: the <see cref="PropertyDecoder"/>s of a
/// generated record's <see cref="RecordLayout"/>, behind <c>TryDecodeProperty</c> (for example for a webhook's
/// <c>propertyValue</c>) and the check that keeps unreadable values in <c>AdditionalProperties</c>. An empty string decodes to
/// <see langword="null"/>.
/// </summary>
/// <remarks>For generated code: hidden from IntelliSense, and not meant to be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireDecoder
{
    /// <summary>Decodes a string property.</summary>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">The value, or <see langword="null"/> when empty.</param>
    /// <returns>Always <see langword="true"/>.</returns>
    public static bool TryDecodeString(string? wireValue, out object? value)
    {
        value = string.IsNullOrEmpty(wireValue) ? null : wireValue;
        return true;
    }

    /// <summary>Decodes a number property.</summary>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">A <see cref="decimal"/>, or <see langword="null"/> when empty.</param>
    /// <returns><see langword="false"/> when the string is not a number.</returns>
    public static bool TryDecodeNumber(string? wireValue, out object? value) => Decode<decimal>(wireValue, Utf8WireParser.TryParseNumber, WireFormat.TryDecodeNumber, out value);

    /// <summary>Decodes a boolean property.</summary>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">A <see cref="bool"/>, or <see langword="null"/> when empty.</param>
    /// <returns><see langword="false"/> when the string is not a boolean.</returns>
    public static bool TryDecodeBool(string? wireValue, out object? value) => Decode<bool>(wireValue, Utf8WireParser.TryParseBool, WireFormat.TryDecodeBool, out value);

    /// <summary>Decodes a date property.</summary>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">A <see cref="DateOnly"/>, or <see langword="null"/> when empty.</param>
    /// <returns><see langword="false"/> when the string is not a date.</returns>
    public static bool TryDecodeDate(string? wireValue, out object? value) => Decode<DateOnly>(wireValue, Utf8WireParser.TryParseDate, WireFormat.TryDecodeDate, out value);

    /// <summary>Decodes a datetime property.</summary>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="value">A <see cref="DateTimeOffset"/>, or <see langword="null"/> when empty.</param>
    /// <returns><see langword="false"/> when the string is not a datetime.</returns>
    public static bool TryDecodeDateTime(string? wireValue, out object? value) => Decode<DateTimeOffset>(wireValue, Utf8WireParser.TryParseDateTime, WireFormat.TryDecodeDateTime, out value);

    /// <summary>Decodes a single-select picklist property; an unknown option is kept raw.</summary>
    /// <typeparam name="TEnum">The generated picklist enum.</typeparam>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="codec">The enum's codec.</param>
    /// <param name="value">A <see cref="Picklist{TEnum}"/>, or <see langword="null"/> when empty.</param>
    /// <returns>Always <see langword="true"/>.</returns>
    public static bool TryDecodePicklist<TEnum>(string? wireValue, PicklistCodec<TEnum> codec, out object? value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(codec);
        value = codec.DecodeIfPresent(wireValue);
        return true;
    }

    /// <summary>Decodes a multi-select picklist property; unknown options are kept raw.</summary>
    /// <typeparam name="TEnum">The generated picklist enum.</typeparam>
    /// <param name="wireValue">The wire string.</param>
    /// <param name="codec">The enum's codec.</param>
    /// <param name="value">A list of <see cref="Picklist{TEnum}"/>, or <see langword="null"/> when absent.</param>
    /// <returns>Always <see langword="true"/>.</returns>
    public static bool TryDecodePicklists<TEnum>(string? wireValue, PicklistCodec<TEnum> codec, out object? value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(codec);
        value = codec.DecodeManyIfPresent(wireValue);
        return true;
    }

    /// <summary>The decoder of a single-select picklist property.</summary>
    /// <typeparam name="TEnum">The generated picklist enum.</typeparam>
    /// <param name="codec">The enum's codec.</param>
    public static PropertyDecoder ForPicklist<TEnum>(PicklistCodec<TEnum> codec)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(codec);
        return (string? wireValue, out object? value) => TryDecodePicklist(wireValue, codec, out value);
    }

    /// <summary>The decoder of a multi-select picklist property.</summary>
    /// <typeparam name="TEnum">The generated picklist enum.</typeparam>
    /// <param name="codec">The enum's codec.</param>
    public static PropertyDecoder ForPicklists<TEnum>(PicklistCodec<TEnum> codec)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(codec);
        return (string? wireValue, out object? value) => TryDecodePicklists(wireValue, codec, out value);
    }

    private static bool Decode<T>(string? wireValue, PropertyValues.Utf8Parser<T> parseUtf8, PropertyValues.TextParser<T> parse, out object? value)
        where T : struct
    {
        value = null;
        if (string.IsNullOrEmpty(wireValue))
        {
            return true;
        }

        if (!PropertyValues.TryDecode(wireValue, parseUtf8, parse, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
