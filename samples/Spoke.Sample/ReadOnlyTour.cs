using Spoke.Associations;
using Spoke.Sample.HubSpot;

namespace Spoke.Sample;

/// <summary>What the sample does on any account, the real one included: it only reads.</summary>
internal static class ReadOnlyTour
{
    /// <summary>Reads the schema and its drift, searches contacts and lists one contact's companies.</summary>
    public static async Task RunAsync(HubSpotClient client, CancellationToken cancellationToken = default)
    {
        var schema = await client.Schema.GetSchemaAsync(CrmObjectType.Contacts, cancellationToken);
        var stage = schema.Find("lifecyclestage");
        Console.WriteLine($"Schema: contacts have {schema.Properties.Count} properties in {schema.Groups.Count} groups; "
            + $"lifecyclestage options: {string.Join(", ", stage?.Options.Select(option => option.Value) ?? [])}");

        var drift = await client.Schema.GetDriftAsync<Contact>(cancellationToken);
        Console.WriteLine($"Drift: {drift}");

        var leads = Contact.Where(c => c.LifecycleStage.In(ContactLifecycleStage.Lead, ContactLifecycleStage.Subscriber))
            .Select(c => [c.Email, c.FirstName, c.LastName, c.LifecycleStage]);
        var found = await client.SearchAsync(leads, cancellationToken).Take(5).ToListAsync(cancellationToken);
        Console.WriteLine($"Search: first {found.Count} leads or subscribers, in record id order:");
        foreach (var contact in found)
        {
            Console.WriteLine($"  {contact.Id}: {contact.FirstName} {contact.LastName} <{contact.Email}> ({contact.LifecycleStage})");
        }

        if (found.Count > 0)
        {
            var companies = await client.Associations.ListAsync<Contact, Company>(found[0].Id, cancellationToken).ToListAsync(cancellationToken);
            Console.WriteLine($"Associations: contact {found[0].Id} is linked to {companies.Count} companies "
                + $"({string.Join(", ", companies.Select(link => $"{link.ToObjectId} by {string.Join(" + ", link.Types.Select(Describe))}"))})");
        }
    }

    /// <summary>A type as its label (or "unlabeled") with its category and id.</summary>
    public static string Describe(AssociationTypeLabel type) => $"{type.Label ?? "unlabeled"} ({type.Spec})";
}
