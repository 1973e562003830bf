using Spoke.Generator.Tests.HubSpot;

namespace Spoke.Generator.Tests.Behaviour;

/// <summary>Generated records and inputs against HubSpot's wire format: nothing the account sends is lost, and writes send only what was set.</summary>
public sealed class RecordRoundTripTests
{
    private const string TicketJson = """
        {
          "id": "512",
          "properties": {
            "subject": "Printer on fire",
            "hs_ticket_priority": "CRITICAL",
            "createdate": "2025-03-04T05:06:07.089Z",
            "zz_added_after_the_build": "kept",
            "hs_object_id": "512"
          },
          "createdAt": "2025-03-04T05:06:07.089Z",
          "updatedAt": "2025-03-05T00:00:00Z",
          "archived": false
        }
        """;

    [Fact]
    public void A_record_keeps_unknown_picklist_values_and_unmapped_properties()
    {
        var ticket = RecordWire.Read<Ticket>(TicketJson);

        Assert.Equal("512", ticket.Id);
        Assert.Equal("Printer on fire", ticket.Subject);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 5, 6, 7, 89, TimeSpan.Zero), ticket.CreateDate);
        Assert.False(ticket.TicketPriority!.Value.IsKnown);
        Assert.Equal("CRITICAL", ticket.TicketPriority.Value.WireValue);
        Assert.Equal("kept", ticket.AdditionalProperties["zz_added_after_the_build"]);
    }

    [Fact]
    public void Writing_the_record_back_sends_unknown_and_unmapped_values_unchanged()
    {
        var ticket = RecordWire.Read<Ticket>(TicketJson);
        var input = new TicketInput { Subject = ticket.Subject, TicketPriority = ticket.TicketPriority };
        foreach (var (name, value) in ticket.AdditionalProperties)
        {
            input.SetProperty(name, value);
        }

        Assert.Equal(
            """{"subject":"Printer on fire","hs_ticket_priority":"CRITICAL","zz_added_after_the_build":"kept"}""",
            RecordWire.PropertiesOf(input));
    }

    [Fact]
    public void An_input_writes_only_what_was_set_and_null_clears_as_an_empty_string()
    {
        var input = new TicketInput { Content = null, TicketPriority = TicketPriority.High };

        Assert.Equal("""{"content":"","hs_ticket_priority":"HIGH"}""", RecordWire.PropertiesOf(input));
    }

    [Fact]
    public void Property_name_constants_and_decoding_by_name_match_the_wire()
    {
        Assert.Equal("email", Contact.Properties.Email);
        Assert.Equal("lifecyclestage", Contact.Properties.LifecycleStage);
        Assert.Contains(Contact.Properties.Email, Contact.PropertyNames);

        Assert.True(Ticket.TryDecodeProperty(Ticket.Properties.TicketPriority, "URGENT", out var priority));
        Assert.Equal(new Picklist<TicketPriority>(TicketPriority.Urgent), Assert.IsType<Picklist<TicketPriority>>(priority));
        Assert.False(Ticket.TryDecodeProperty("zz_not_in_the_snapshot", "x", out _));
    }
}
