using System.Text;
using Spoke.Webhooks.Events;
using Spoke.Webhooks.Parsing;

namespace Spoke.Webhooks.Tests.Parsing;

public sealed class WebhookEventParserTests
{
    [Fact]
    public void Reads_every_common_field_of_hubspots_documented_creation_event()
    {
        var events = WebhookEventParser.Parse(
            """[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]"""u8);

        var created = Assert.Single(events);
        Assert.Equal(1, created.EventId);
        Assert.Equal(12345, created.SubscriptionId);
        Assert.Equal(62515, created.PortalId);
        Assert.Equal(54321, created.AppId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1564113600000), created.OccurredAt);
        Assert.Equal("contact.creation", created.SubscriptionType);
        Assert.Equal(WebhookEventKind.Creation, created.Kind);
        Assert.Equal(CrmObjectType.Contacts, created.ObjectType);
        Assert.Equal(123, created.ObjectId);
        Assert.Equal(0, created.AttemptNumber);
        Assert.Equal("CRM", created.ChangeSource);
        Assert.Equal("NEW", created.ChangeFlag);
        Assert.Null(created.PropertyChange);
        Assert.Empty(created.AdditionalFields);
    }

    [Fact]
    public void Reads_a_property_change_with_its_source()
    {
        var change = Single(
            """{"eventId":7,"subscriptionType":"deal.propertyChange","objectId":"42","propertyName":"dealstage","propertyValue":"closedwon","changeSource":"CRM_UI","sourceId":"userId:882761034","attemptNumber":3}""");

        Assert.Equal(WebhookEventKind.PropertyChange, change.Kind);
        Assert.Equal(CrmObjectType.Deals, change.ObjectType);
        Assert.Equal(42, change.ObjectId);
        Assert.Equal(3, change.AttemptNumber);
        Assert.Equal("userId:882761034", change.SourceId);
        Assert.Equal(new WebhookPropertyChange("dealstage", "closedwon"), change.PropertyChange);
    }

    [Fact]
    public void Keeps_a_cleared_and_a_redacted_value_as_sent()
    {
        Assert.Equal("", Single("""{"eventId":1,"subscriptionType":"contact.propertyChange","objectId":1,"propertyName":"phone","propertyValue":""}""").PropertyChange!.Value);
        var redacted = Single("""{"eventId":1,"subscriptionType":"contact.propertyChange","objectId":1,"propertyName":"ssn","propertyValue":"REDACTED","isSensitive":true}""");
        Assert.True(redacted.IsSensitive);
        Assert.Equal("REDACTED", redacted.PropertyChange!.Value);
    }

    [Fact]
    public void Reads_merge_fields()
    {
        var merge = Single(
            """{"eventId":2,"subscriptionType":"contact.merge","objectId":10,"primaryObjectId":10,"mergedObjectIds":[11,"12"],"newObjectId":13,"numberOfPropertiesMoved":4}""");

        Assert.Equal(WebhookEventKind.Merge, merge.Kind);
        Assert.Equal(10, merge.Merge!.PrimaryObjectId);
        Assert.Equal([11L, 12L], merge.Merge.MergedObjectIds);
        Assert.Equal(13, merge.Merge.NewObjectId);
        Assert.Equal(4, merge.Merge.NumberOfPropertiesMoved);
    }

    [Fact]
    public void Reads_association_change_fields()
    {
        var association = Single(
            """{"eventId":3,"subscriptionType":"contact.associationChange","associationType":"CONTACT_TO_COMPANY","fromObjectId":5,"toObjectId":6,"associationRemoved":true,"isPrimaryAssociation":false}""");

        Assert.Equal(WebhookEventKind.AssociationChange, association.Kind);
        Assert.Equal(5, association.ObjectId);
        Assert.Equal(new WebhookAssociationChange("CONTACT_TO_COMPANY", 5, 6, Removed: true, IsPrimary: false), association.AssociationChange);
    }

    [Theory]
    [InlineData("line_item.deletion", "line_items", WebhookEventKind.Deletion)]
    [InlineData("company.restore", "companies", WebhookEventKind.Restore)]
    [InlineData("ticket.creation", "tickets", WebhookEventKind.Creation)]
    [InlineData("product.creation", "products", WebhookEventKind.Creation)]
    [InlineData("contact.privacyDeletion", "contacts", WebhookEventKind.PrivacyDeletion)]
    [InlineData("conversation.newMessage", null, WebhookEventKind.NewMessage)]
    [InlineData("deal.somethingNew", "deals", WebhookEventKind.Unknown)]
    [InlineData("hologram.teleport", null, WebhookEventKind.Unknown)]
    public void Maps_the_subscription_type_to_object_type_and_kind(string subscriptionType, string? objectType, WebhookEventKind kind)
    {
        var parsed = Single($$"""{"eventId":1,"subscriptionType":"{{subscriptionType}}","objectId":1}""");

        Assert.Equal(subscriptionType, parsed.SubscriptionType);
        Assert.Equal(objectType, parsed.ObjectType?.Name);
        Assert.Equal(kind, parsed.Kind);
    }

    [Theory]
    [InlineData("0-1", "0-1")]
    [InlineData("2-3465404", "2-3465404")]
    public void Resolves_a_generic_object_subscription_by_type_id(string typeId, string expectedTypeId) =>
        Assert.Equal(expectedTypeId, Single($$"""{"eventId":1,"subscriptionType":"object.propertyChange","objectTypeId":"{{typeId}}","objectId":1}""").ObjectType?.TypeId);

    [Fact]
    public void Accepts_the_documented_eventType_spelling() =>
        Assert.Equal(WebhookEventKind.Creation, Single("""{"eventId":1,"eventType":"deal.creation","objectId":1}""").Kind);

    [Fact]
    public void Keeps_unknown_fields()
    {
        var parsed = Single("""{"eventId":1,"subscriptionType":"contact.creation","objectId":1,"newField":{"nested":[1,2]},"flag":true}""");

        Assert.Equal("""{"nested":[1,2]}""", parsed.AdditionalFields["newField"].GetRawText());
        Assert.True(parsed.AdditionalFields["flag"].GetBoolean());
    }

    [Fact]
    public void Reads_an_empty_delivery() => Assert.Empty(WebhookEventParser.Parse("[]"u8));

    [Fact]
    public void Reads_a_full_delivery_of_one_hundred_events() =>
        Assert.Equal(100, WebhookEventParser.Parse(Delivery(100)).Count);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"eventId\":1}", "must be a JSON array")]
    [InlineData("\"hello\"", "must be a JSON array")]
    [InlineData("[1]", "Event 0 is a number")]
    [InlineData("[{\"eventId\":1,\"subscriptionType\":\"contact.creation\"},[]]", "Event 1 is an array")]
    [InlineData("[{\"subscriptionType\":\"contact.creation\"}]", "no 'eventId'")]
    [InlineData("[{\"eventId\":1}]", "no 'subscriptionType'")]
    [InlineData("[{\"eventId\":\"one\",\"subscriptionType\":\"contact.creation\"}]", "'eventId' must be a whole number")]
    [InlineData("[{\"eventId\":1.5,\"subscriptionType\":\"contact.creation\"}]", "'eventId' must be a whole number")]
    [InlineData("[{\"eventId\":1,\"subscriptionType\":\"contact.merge\",\"mergedObjectIds\":5}]", "'mergedObjectIds' must be an array")]
    [InlineData("[{\"eventId\":1,\"subscriptionType\":\"contact.creation\",\"isSensitive\":\"yes\"}]", "'isSensitive' must be true or false")]
    [InlineData("[{\"eventId\":1,", "not valid JSON")]
    [InlineData("[] []", "not valid JSON")]
    public void Rejects_a_body_that_is_not_an_array_of_events_with_a_clear_message(string body, string expected)
    {
        var error = Assert.Throws<WebhookPayloadException>(() => WebhookEventParser.Parse(Encoding.UTF8.GetBytes(body)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("occurredAt", "253402300800000")]
    [InlineData("occurredAt", "-62135596800001")]
    [InlineData("occurredAt", "9223372036854775807")]
    [InlineData("occurredAt", "\"-9223372036854775808\"")]
    [InlineData("attemptNumber", "2147483648")]
    [InlineData("attemptNumber", "-2147483649")]
    [InlineData("numberOfPropertiesMoved", "4294967296")]
    [InlineData("eventId", "9223372036854775808")]
    [InlineData("objectId", "1e400")]
    public void Rejects_a_number_outside_the_range_of_its_field(string field, string value)
    {
        var body = Encoding.UTF8.GetBytes($$"""[{"eventId":1,"subscriptionType":"contact.merge","objectId":1,"{{field}}":{{value}}}]""");

        var error = Assert.Throws<WebhookPayloadException>(() => WebhookEventParser.Parse(body));

        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_first_and_last_instants_a_date_can_hold()
    {
        Assert.Equal(DateTimeOffset.MaxValue.ToUnixTimeMilliseconds(), Single("""{"eventId":1,"subscriptionType":"contact.creation","occurredAt":253402300799999}""").OccurredAt.ToUnixTimeMilliseconds());
        Assert.Equal(DateTimeOffset.MinValue, Single("""{"eventId":1,"subscriptionType":"contact.creation","occurredAt":-62135596800000}""").OccurredAt);
    }

    public static TheoryData<string, byte[]> TextThatIsNotUnicode => new()
    {
        { "invalid UTF-8 in a value", [.. "[{\"eventId\":1,\"subscriptionType\":\"contact.propertyChange\",\"propertyName\":\"firstname\",\"propertyValue\":\"a"u8, 0xC3, 0x28, .. "\"}]"u8] },
        { "invalid UTF-8 in an unknown field", [.. "[{\"eventId\":1,\"subscriptionType\":\"contact.creation\",\"extra\":\""u8, 0xFF, .. "\"}]"u8] },
        { "invalid UTF-8 in a field name", [.. "[{\"eventId\":1,\"subscriptionType\":\"contact.creation\",\""u8, 0xED, 0xA0, 0x80, .. "\":1}]"u8] },
        { "an escaped lone high surrogate in a value", Encoding.UTF8.GetBytes("""[{"eventId":1,"subscriptionType":"contact.propertyChange","propertyName":"firstname","propertyValue":"\ud800"}]""") },
        { "an escaped lone low surrogate in the subscription type", Encoding.UTF8.GetBytes("""[{"eventId":1,"subscriptionType":"contact.\udc00"}]""") },
        { "an escaped lone surrogate in an unknown field's name", Encoding.UTF8.GetBytes("""[{"eventId":1,"subscriptionType":"contact.creation","\ud83d":1}]""") },
        { "an escaped lone surrogate deep in an unknown field", Encoding.UTF8.GetBytes("""[{"eventId":1,"subscriptionType":"contact.creation","extra":{"list":["ok","\udfff"]}}]""") },
    };

    [Theory]
    [MemberData(nameof(TextThatIsNotUnicode))]
    public void Rejects_text_that_is_not_unicode_with_a_clear_message(string what, byte[] body)
    {
        var error = Assert.Throws<WebhookPayloadException>(() => WebhookEventParser.Parse(body));

        Assert.True(error.Message.Contains("UTF-8", StringComparison.Ordinal) || error.Message.Contains("surrogate", StringComparison.Ordinal), $"{what}: {error.Message}");
    }

    [Fact]
    public void Reads_escaped_text_and_ids()
    {
        var parsed = Single("""{"eventId":"\u0031\u0032","subscriptionType":"contact.propertyChange","objectId":"7","propertyName":"firstname","propertyValue":"\ud83d\ude00 \u00e9","extra":"\u00e9"}""");

        Assert.Equal(12, parsed.EventId);
        Assert.Equal("\U0001F600 é", parsed.PropertyChange!.Value);
        Assert.Equal("é", parsed.AdditionalFields["extra"].GetString());
    }

    [Fact]
    public void Rejects_json_nested_deeper_than_it_can_read()
    {
        var deep = new string('[', 200) + new string(']', 200);
        var body = Encoding.UTF8.GetBytes($$"""[{"eventId":1,"subscriptionType":"contact.creation","extra":{{deep}}}]""");

        Assert.Contains("not valid JSON", Assert.Throws<WebhookPayloadException>(() => WebhookEventParser.Parse(body)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_more_than_one_hundred_events()
    {
        var error = Assert.Throws<WebhookPayloadException>(() => WebhookEventParser.Parse(Delivery(101)));

        Assert.Contains("more than 100 events", error.Message, StringComparison.Ordinal);
    }

    private static WebhookEvent Single(string eventJson) => Assert.Single(WebhookEventParser.Parse(Encoding.UTF8.GetBytes($"[{eventJson}]")));

    private static byte[] Delivery(int count) => Encoding.UTF8.GetBytes(
        "[" + string.Join(',', Enumerable.Range(1, count).Select(id => $$"""{"eventId":{{id}},"subscriptionType":"contact.creation","objectId":{{id}}}""")) + "]");
}
