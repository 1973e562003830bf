using System.Text;
using System.Text.Json;
using Spoke.Runtime.Tests.HubSpot;

namespace Spoke.Runtime.Tests.Wire;

// A generated record reads a value the same way whichever path takes it: straight from the bytes (the shapes HubSpot sends),
// or through the string parsers (escaped text, offsets, other spellings).
public sealed class TypedPropertyReadingTests
{
    [Fact]
    public void Escaped_and_unusual_spellings_read_to_the_same_values_as_HubSpot_s_own()
    {
        var plain = Read("""
            { "closedate": "2024-03-05T10:11:12.000Z", "followercount": "1.50", "hs_bing_ad_clicked": "true", "hs_employment_change_detected_date": "2024-03-05" }
            """);
        var unusual = Read("""
            { "closedate": "2024-03-05T12:11:12+02:00", "followercount": "\u0031.50", "hs_bing_ad_clicked": "True", "hs_employment_change_detected_date": "2024\u002D03-05" }
            """);

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 11, 12, TimeSpan.Zero), plain.CloseDate);
        Assert.Equal(TimeSpan.Zero, plain.CloseDate!.Value.Offset);
        Assert.Equal(plain.CloseDate, unusual.CloseDate);
        Assert.Equal(TimeSpan.Zero, unusual.CloseDate!.Value.Offset);
        Assert.Equal("1.50", plain.FollowerCount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(plain.FollowerCount, unusual.FollowerCount);
        Assert.True(plain.BingAdClicked);
        Assert.True(unusual.BingAdClicked);
        Assert.Equal(new DateOnly(2024, 3, 5), plain.EmploymentChangeDetectedDate);
        Assert.Equal(plain.EmploymentChangeDetectedDate, unusual.EmploymentChangeDetectedDate);
        Assert.Empty(plain.AdditionalProperties);
        Assert.Empty(unusual.AdditionalProperties);
    }

    [Fact]
    public void Empty_and_null_values_read_as_null_and_unreadable_ones_are_kept_raw()
    {
        var contact = Read("""
            { "closedate": "", "followercount": null, "hs_bing_ad_clicked": "maybe", "hs_employment_change_detected_date": "2023-02-29" }
            """);

        Assert.Null(contact.CloseDate);
        Assert.Null(contact.FollowerCount);
        Assert.Null(contact.BingAdClicked);
        Assert.Null(contact.EmploymentChangeDetectedDate);
        Assert.Equal("maybe", contact.AdditionalProperties["hs_bing_ad_clicked"]);
        Assert.Equal("2023-02-29", contact.AdditionalProperties["hs_employment_change_detected_date"]);
        Assert.False(contact.AdditionalProperties.ContainsKey("closedate"));
    }

    [Fact]
    public void Record_timestamps_read_from_bytes_and_from_escaped_text_alike()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("""
            { "id": "1", "properties": {}, "createdAt": "2024-01-17T19:55:04.281Z", "updatedAt": "2024\u002D01-17T19:55:04.281Z" }
            """));
        var contact = Contact.ReadFrom(ref reader);

        Assert.Equal(new DateTimeOffset(2024, 1, 17, 19, 55, 4, 281, TimeSpan.Zero), contact.CreatedAt);
        Assert.Equal(contact.CreatedAt, contact.UpdatedAt);
    }

    private static Contact Read(string properties)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($$"""{ "id": "7", "properties": {{properties}} }"""));
        return Contact.ReadFrom(ref reader);
    }
}
