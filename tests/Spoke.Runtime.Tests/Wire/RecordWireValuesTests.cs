using System.Text;
using System.Text.Json;
using Spoke.Runtime.Tests.HubSpot;

namespace Spoke.Runtime.Tests.Wire;

// A record keeps the wire string of each property HubSpot returned, under the property's index, and decodes on access.
public sealed class RecordWireValuesTests
{
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
