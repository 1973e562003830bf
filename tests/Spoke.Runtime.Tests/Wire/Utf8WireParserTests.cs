using System.Text;
using Spoke.Wire;

namespace Spoke.Runtime.Tests.Wire;

// The UTF-8 fast paths may only ever agree with WireFormat: each case either is taken by the fast path with WireFormat's exact
// result (value, scale, offset), or is left to WireFormat.
public sealed class Utf8WireParserTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("-12.340")]
    [InlineData("1.50")]
    [InlineData("+5")]
    [InlineData(".5")]
    [InlineData("1.0E+2")]
    [InlineData("0.0000000000000000000000001")]
    public void HubSpot_number_shapes_are_read_from_bytes_exactly_as_WireFormat_reads_them(string wire)
    {
        Assert.True(Utf8WireParser.TryParseNumber(Encoding.UTF8.GetBytes(wire), out var fast));
        Assert.True(WireFormat.TryDecodeNumber(wire, out var expected));
        Assert.Equal(expected, fast);
        Assert.Equal(expected.Scale, fast.Scale);
    }

    [Theory]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("1,5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("abc")]
    public void Number_shapes_outside_the_fast_path_are_left_to_WireFormat(string wire) =>
        Assert.False(Utf8WireParser.TryParseNumber(Encoding.UTF8.GetBytes(wire), out _));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Lower_case_booleans_are_read_from_bytes(string wire, bool expected)
    {
        Assert.True(Utf8WireParser.TryParseBool(Encoding.UTF8.GetBytes(wire), out var fast));
        Assert.Equal(expected, fast);
    }

    [Theory]
    [InlineData("True")]
    [InlineData(" true")]
    [InlineData("yes")]
    public void Other_boolean_spellings_are_left_to_WireFormat(string wire) =>
        Assert.False(Utf8WireParser.TryParseBool(Encoding.UTF8.GetBytes(wire), out _));

    [Theory]
    [InlineData("2024-03-05")]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-03-05T00:00:00.000Z")]
    [InlineData("2024-03-05T23:59:59Z")]
    [InlineData("1709596800000")]
    public void HubSpot_date_shapes_are_read_from_bytes_exactly_as_WireFormat_reads_them(string wire)
    {
        Assert.True(Utf8WireParser.TryParseDate(Encoding.UTF8.GetBytes(wire), out var fast));
        Assert.True(WireFormat.TryDecodeDate(wire, out var expected));
        Assert.Equal(expected, fast);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("0000-01-01")]
    [InlineData("2024-3-5")]
    [InlineData("05/03/2024")]
    public void Date_shapes_outside_the_fast_path_are_left_to_WireFormat(string wire) =>
        Assert.False(Utf8WireParser.TryParseDate(Encoding.UTF8.GetBytes(wire), out _));

    [Theory]
    [InlineData("2024-03-05T10:11:12.345Z")]
    [InlineData("2024-03-05T10:11:12Z")]
    [InlineData("2024-03-05T10:11:12.3Z")]
    [InlineData("2024-03-05T10:11:12.1234567Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    [InlineData("1709633472345")]
    [InlineData("-1000")]
    [InlineData("0")]
    public void HubSpot_datetime_shapes_are_read_from_bytes_exactly_as_WireFormat_reads_them(string wire)
    {
        Assert.True(Utf8WireParser.TryParseDateTime(Encoding.UTF8.GetBytes(wire), out var fast));
        Assert.True(WireFormat.TryDecodeDateTime(wire, out var expected));
        Assert.Equal(expected, fast);
        Assert.Equal(expected.Offset, fast.Offset);
    }

    [Theory]
    [InlineData("2024-03-05T10:11:12.345+02:00")]
    [InlineData("2024-03-05T10:11:12")]
    [InlineData("2024-03-05T10:11:12.12345678Z")]
    [InlineData("2024-03-05T24:00:00Z")]
    [InlineData("2024-03-05T10:60:00Z")]
    [InlineData("2024-03-05 10:11:12Z")]
    [InlineData("2024-03-05T10:11:12.Z")]
    [InlineData("999999999999999999")]
    public void Datetime_shapes_outside_the_fast_path_are_left_to_WireFormat(string wire) =>
        Assert.False(Utf8WireParser.TryParseDateTime(Encoding.UTF8.GetBytes(wire), out _));
}
