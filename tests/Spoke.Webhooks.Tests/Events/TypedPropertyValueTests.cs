using System.Text;
using Spoke.Webhooks;
using Spoke.Webhooks.Tests.HubSpot;

namespace Spoke.Webhooks.Tests.Events;

/// <summary>Property-change values decoded with the records generated from the schema snapshots.</summary>
public sealed class TypedPropertyValueTests
{
    [Fact]
    public void Decodes_a_picklist_into_the_generated_enum()
    {
        var change = DealChange(Deal.Properties.DealType, "newbusiness");

        Assert.True(change.TryGetPropertyValue<Deal, Picklist<DealType>>(Deal.Properties.DealType, out var dealType));
        Assert.Equal(DealType.NewBusiness, dealType.Value);
    }

    [Fact]
    public void Keeps_a_picklist_option_added_after_the_snapshot()
    {
        var change = DealChange(Deal.Properties.DealType, "partnerdeal");

        Assert.True(change.TryGetPropertyValue<Deal, Picklist<DealType>>(Deal.Properties.DealType, out var dealType));
        Assert.False(dealType.IsKnown);
        Assert.Equal("partnerdeal", dealType.WireValue);
    }

    [Fact]
    public void Decodes_numbers_and_timestamps()
    {
        Assert.True(DealChange(Deal.Properties.Amount, "1250.50").TryGetPropertyValue<Deal, decimal>(Deal.Properties.Amount, out var amount));
        Assert.Equal(1250.50m, amount);

        Assert.True(DealChange(Deal.Properties.CloseDate, "2026-11-22T10:00:00Z").TryGetPropertyValue<Deal>(out var closeDate));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), closeDate);
    }

    [Fact]
    public void Gives_default_for_a_cleared_value()
    {
        Assert.True(DealChange(Deal.Properties.Amount, "").TryGetPropertyValue<Deal, decimal>(Deal.Properties.Amount, out var amount));
        Assert.Equal(0m, amount);
        Assert.True(DealChange(Deal.Properties.Amount, "").TryGetPropertyValue<Deal>(out var boxed));
        Assert.Null(boxed);
    }

    [Fact]
    public void Declines_another_object_type_another_property_or_an_unknown_property()
    {
        var change = DealChange(Deal.Properties.Amount, "10");

        Assert.False(change.TryGetPropertyValue<Contact>(out _));
        Assert.False(change.TryGetPropertyValue<Deal, decimal>(Deal.Properties.DealType, out _));
        Assert.False(DealChange("my_custom_property", "x").TryGetPropertyValue<Deal>(out _));
        Assert.False(Parse("""{"eventId":1,"subscriptionType":"deal.creation","objectId":1}""").TryGetPropertyValue<Deal>(out _));
    }

    [Fact]
    public void Declines_a_value_that_does_not_fit_the_property_but_keeps_it_raw()
    {
        var change = DealChange(Deal.Properties.Amount, "a lot");

        Assert.False(change.TryGetPropertyValue<Deal>(out _));
        Assert.Equal("a lot", change.PropertyChange!.Value);
    }

    [Fact]
    public void Says_which_type_to_use_when_the_value_type_is_wrong()
    {
        var error = Assert.Throws<InvalidCastException>(() =>
            DealChange(Deal.Properties.Amount, "10").TryGetPropertyValue<Deal, string>(Deal.Properties.Amount, out _));

        Assert.Contains("deals.amount decodes to Decimal", error.Message, StringComparison.Ordinal);
    }

    private static WebhookEvent DealChange(string property, string value) =>
        Parse($$"""{"eventId":1,"subscriptionType":"deal.propertyChange","objectId":7,"propertyName":"{{property}}","propertyValue":"{{value}}"}""");

    private static WebhookEvent Parse(string eventJson) => Assert.Single(WebhookEventParser.Parse(Encoding.UTF8.GetBytes($"[{eventJson}]")));
}
