using System.Buffers;
using System.ComponentModel;
using System.Text;

namespace Spoke.Wire;

/// <summary>
/// The typed members of generated records: each decodes the wire string its record keeps for the property's index, on every
/// access, as <c>JsonElement</c> does. A property HubSpot did not return, sent as <c>null</c> or as an empty string reads as
/// <see langword="null"/>; so does a value that cannot be read as its type, which the record also lists in
/// <see cref="CrmRecord.AdditionalProperties"/>.
/// </summary>
/// <remarks>For generated code: hidden from IntelliSense, and not meant to be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PropertyValues
{
    // HubSpot's numbers, booleans, dates and datetimes are short ASCII; longer or non-ASCII text goes to the string parsers.
    private const int MaxFastPathLength = 64;

    /// <summary>Reads a string property.</summary>
    /// <param name="record">The record.</param>
    /// <param name="index">The property's index in the record's layout.</param>
    public static string? String(CrmRecord record, int index) => WireValueOf(record, index);

    /// <summary>Reads a number property.</summary>
    /// <param name="record">The record.</param>
    /// <param name="index">The property's index in the record's layout.</param>
    public static decimal? Number(CrmRecord record, int index) =>
        TryDecode<decimal>(WireValueOf(record, index), Utf8WireParser.TryParseNumber, WireFormat.TryDecodeNumber, out var value) ? value : null;

    /// <summary>Reads a boolean property.</summary>
    /// <param name="record">The record.</param>
    /// <param name="index">The property's index in the record's layout.</param>
    public static bool? Bool(CrmRecord record, int index) =>
        TryDecode<bool>(WireValueOf(record, index), Utf8WireParser.TryParseBool, WireFormat.TryDecodeBool, out var value) ? value : null;

    /// <summary>Reads a date property.</summary>
    /// <param name="record">The record.</param>
    /// <param name="index">The property's index in the record's layout.</param>
    public static DateOnly? Date(CrmRecord record, int index) =>
        TryDecode<DateOnly>(WireValueOf(record, index), Utf8WireParser.TryParseDate, WireFormat.TryDecodeDate, out var value) ? value : null;

    /// <summary>Reads a datetime property.</summary>
    /// <param name="record">The record.</param>
    /// <param name="index">The property's index in the record's layout.</param>
    public static DateTimeOffset? DateTime(CrmRecord record, int index) =>
        TryDecode<DateTimeOffset>(WireValueOf(record, index), Utf8WireParser.TryParseDateTime, WireFormat.TryDecodeDateTime, out var value) ? value : null;

    /// <summary>Reads a single-select picklist property; an option the enum does not know is kept raw.</summary>
    /// <typeparam name="TEnum">The generated picklist enum.</typeparam>
    /// <param name="record">The record.</param>
    /// <param name="index">The property's index in the record's layout.</param>
    /// <param name="codec">The enum's codec.</param>
    public static Picklist<TEnum>? Picklist<TEnum>(CrmRecord record, int index, PicklistCodec<TEnum> codec)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(codec);
        return codec.DecodeIfPresent(WireValueOf(record, index));
    }

    /// <summary>Reads a multi-select (semicolon-joined) picklist property; options the enum does not know are kept raw.</summary>
    /// <typeparam name="TEnum">The generated picklist enum.</typeparam>
    /// <param name="record">The record.</param>
    /// <param name="index">The property's index in the record's layout.</param>
    /// <param name="codec">The enum's codec.</param>
    public static IReadOnlyList<Picklist<TEnum>>? Picklists<TEnum>(CrmRecord record, int index, PicklistCodec<TEnum> codec)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(codec);
        return codec.DecodeManyIfPresent(WireValueOf(record, index));
    }

    internal delegate bool Utf8Parser<T>(ReadOnlySpan<byte> utf8, out T value);

    internal delegate bool TextParser<T>(ReadOnlySpan<char> text, out T value);

    /// <summary>
    /// Decodes a non-empty wire string: the shapes HubSpot sends straight from their ASCII bytes, anything else through
    /// <see cref="WireFormat"/> (the fast paths accept only what it reads to the same value).
    /// </summary>
    internal static bool TryDecode<T>(string? wireValue, Utf8Parser<T> parseUtf8, TextParser<T> parse, out T value)
    {
        if (string.IsNullOrEmpty(wireValue))
        {
            value = default!;
            return false;
        }

        Span<byte> utf8 = stackalloc byte[MaxFastPathLength];
        if (wireValue.Length <= MaxFastPathLength
            && Ascii.FromUtf16(wireValue, utf8, out var written) == OperationStatus.Done
            && parseUtf8(utf8[..written], out value))
        {
            return true;
        }

        return parse(wireValue, out value);
    }

    private static string? WireValueOf(CrmRecord record, int index)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.WireValueAt(index);
    }
}
