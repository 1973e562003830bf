using System.Text;
using System.Text.Json;
using Spoke.Runtime.Tests.HubSpot;

namespace Spoke.Runtime.Tests.Wire;

// A generated record keeps the wire string of each property HubSpot returned, under the property's index, and decodes it on
// access the same way whichever path takes it: from the ASCII bytes (the shapes HubSpot sends), or through the string parsers
// (escaped text, offsets, other spellings).
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

    [Fact]
    public void Properties_read_in_any_order_and_a_repeated_one_keeps_its_last_value()
    {
        var contact = Read("""
            { "lastname": "Lovelace", "email": "first@example.com", "firstname": "Ada", "email": "last@example.com", "followercount": "3" }
            """);

        Assert.Equal("Ada", contact.FirstName);
        Assert.Equal("Lovelace", contact.LastName);
        Assert.Equal("last@example.com", contact.Email);
        Assert.Equal(3m, contact.FollowerCount);
        Assert.Empty(contact.AdditionalProperties);
    }

    [Fact]
    public void A_property_HubSpot_did_not_return_reads_as_null()
    {
        var contact = Read("""{ "email": "a@example.com" }""");

        Assert.Null(contact.FirstName);
        Assert.Null(contact.FollowerCount);
        Assert.Null(contact.LifecycleStage);
        Assert.Null(contact.CloseDate);
    }

    [Fact]
    public void Json_numbers_and_booleans_read_as_their_text_would()
    {
        var contact = Read("""{ "followercount": 12.50, "hs_bing_ad_clicked": true, "firstname": 7 }""");

        Assert.Equal(12.50m, contact.FollowerCount);
        Assert.True(contact.BingAdClicked);
        Assert.Equal("7", contact.FirstName);
    }

    [Fact]
    public void A_picklist_value_decodes_on_every_access_to_the_same_value()
    {
        var contact = Read("""{ "lifecyclestage": "lead", "hs_timezone": "not_a_zone_yet" }""");

        Assert.Equal(ContactLifecycleStage.Lead, contact.LifecycleStage!.Value.Value);
        Assert.Equal(contact.LifecycleStage, contact.LifecycleStage);
        Assert.False(contact.TimeZone!.Value.IsKnown);
        Assert.Equal("not_a_zone_yet", contact.TimeZone.Value.WireValue);
        Assert.Empty(contact.AdditionalProperties);
    }

    [Fact]
    public void Decoding_by_name_rejects_a_malformed_value_and_an_unknown_property()
    {
        Assert.True(Contact.TryDecodeProperty(Contact.Properties.FollowerCount, "2.5", out var number));
        Assert.Equal(2.5m, number);
        Assert.True(Contact.TryDecodeProperty(Contact.Properties.FollowerCount, "", out var empty));
        Assert.Null(empty);
        Assert.False(Contact.TryDecodeProperty(Contact.Properties.FollowerCount, "many", out _));
        Assert.False(Contact.TryDecodeProperty("zz_not_in_the_snapshot", "x", out _));
    }

    private static Contact Read(string properties)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($$"""{ "id": "7", "properties": {{properties}} }"""));
        return Contact.ReadFrom(ref reader);
    }
}
