using System.Text.Json;
using Spoke.Sample.HubSpot;

namespace Spoke.Sample;

/// <summary>Compile-checked queries and a record read and written offline: what the generated types give before any call.</summary>
internal static class QueryShowcase
{
    /// <summary>Prints each query's HubSpot search JSON, a typed read and an update body.</summary>
    public static void Print()
    {
        // Compile-checked queries: a wrong property name, an operator the property's type lacks, or a value of the wrong type
        // does not compile. Each prints the HubSpot search JSON it sends.
        var since = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Show(
            "Contacts at acme.com who are leads, or created since 2025",
            Contact.Where(c => c.Email.ContainsToken("*@acme.com") & c.LifecycleStage.In(ContactLifecycleStage.Lead))
                .Or(c => c.CreateDate.OnOrAfter(since))
                .OrderByDescending(c => c.CreateDate)
                .Select(c => [c.Email, c.FirstName, c.LastName, c.LifecycleStage]));

        Show(
            "Open deals worth 10k to 50k closing this quarter",
            Deal.Where(d => d.Amount.Between(10_000m, 50_000m) & d.CloseDate.Between(since, since.AddMonths(3)))
                .OrderBy(d => d.Amount));

        Show(
            "Urgent or high-priority tickets without an owner",
            Ticket.Where(t => t.TicketPriority.In(TicketPriority.Urgent, TicketPriority.High) & t.HubspotOwnerId.NotHasProperty()));

        Show(
            "Companies by domain (IN lowercases string values, as HubSpot requires)",
            Company.Where(c => c.Domain.In("Acme.com", "Example.ORG")));

        // Untyped: HubSpot's raw filterGroups JSON (what an agent sends) goes through the same model and limit checks.
        var untyped = new Spoke.Search.SearchRequest
        {
            FilterGroups = Spoke.Search.SearchFilterGroupsJson.Parse("""[{"filters":[{"propertyName":"dealstage","operator":"eq","value":"closedwon"}]}]"""),
        };
        Console.WriteLine($"# Untyped search from raw filterGroups JSON{Environment.NewLine}{untyped.ToJson()}{Environment.NewLine}");

        // A record read from HubSpot's wire values (the model factory reads them as HubSpot's answers are read, for tests):
        // typed values, an option added after the snapshot kept raw, and a property the snapshot does not know kept in AdditionalProperties.
        var contact = HubSpotModelFactory.Record<Contact>(
            "512",
            new Dictionary<string, string?> { ["email"] = "jane@acme.com", ["lifecyclestage"] = "partner_tier_2", ["numemployees"] = "250", ["hs_new_field"] = "x" },
            createdAt: new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));
        Console.WriteLine($"Read contact {contact.Id}: {contact.Email}, lifecycle stage '{contact.LifecycleStage}' (known: {contact.LifecycleStage?.IsKnown}), extra: {string.Join(", ", contact.AdditionalProperties.Keys)}");

        // Writes send only what was set; null clears the property; an unknown option goes back unchanged.
        var update = new ContactInput { FirstName = "Jane", Phone = null, LifecycleStage = contact.LifecycleStage };
        Console.WriteLine($"Update sends: {JsonSerializer.Serialize(update.Changes)}");
    }

    private static void Show<TRecord>(string title, Spoke.Search.ISearchQuery<TRecord> query)
        where TRecord : Spoke.CrmRecord, Spoke.ICrmObject<TRecord>
    {
        Console.WriteLine($"# {title} ({TRecord.ObjectType.Name})");
        Console.WriteLine(query.Request.ToJson(indented: true));
        Console.WriteLine();
    }
}
