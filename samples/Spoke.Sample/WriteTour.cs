using Spoke.Associations;
using Spoke.Batch;
using Spoke.Sample.HubSpot;

namespace Spoke.Sample;

/// <summary>What the sample does on the emulator only: create, update, upsert and associate.</summary>
internal static class WriteTour
{
    /// <summary>Writes a company and contacts, links them and reads the links back.</summary>
    public static async Task RunAsync(HubSpotClient client, CancellationToken cancellationToken = default)
    {
        var company = await client.CreateAsync(new CompanyInput { Name = "Acme Corporation", Domain = "acme.example" }, cancellationToken: cancellationToken);
        Console.WriteLine($"Create: company {company.Id} '{company.Name}'");

        var contact = await client.CreateAsync(
            new ContactInput { Email = "jane.doe@acme.example", FirstName = "Jane", LastName = "Doe" },
            [AssociationType<Contact, Company>.Primary.To(company.Id)],
            cancellationToken);
        Console.WriteLine($"Create: contact {contact.Id} <{contact.Email}> with Acme as primary company");

        var updated = await client.UpdateAsync(contact.Id, new ContactInput { FirstName = "Janet", Phone = null }, cancellationToken);
        Console.WriteLine($"Update: contact {updated.Id} first name is now {updated.FirstName}, phone cleared");

        ContactInput[] upserts =
        [
            new() { Email = "jane.doe@acme.example", LastName = "Doe-Smith" },
            new() { Email = "sam.lee@acme.example", FirstName = "Sam", LastName = "Lee" },
            new() { Email = "ana.ruiz@acme.example", FirstName = "Ana", LastName = "Ruiz" },
        ];
        var results = await client.BatchUpsertAsync("email", upserts, cancellationToken: cancellationToken);
        foreach (var result in results)
        {
            Console.WriteLine($"Upsert: {result.Input.Changes["email"]} -> {(result.Succeeded ? $"{result.UpsertOutcome} {result.Record!.Id}" : result.Error!.ToString())}");
        }

        var newcomers = results.Where(result => result.UpsertOutcome is UpsertOutcome.Created or UpsertOutcome.CreatedOrUpdated).Select(result => new AssociationPair(result.Record!.Id, company.Id));
        var linked = await client.Associations.BatchCreateDefaultAsync<Contact, Company>(newcomers, cancellationToken: cancellationToken);
        Console.WriteLine($"Associations: linked {linked.Records.Count()} new contacts to Acme in one batch");

        var labels = await client.Associations.GetLabelsAsync<Contact, Company>(cancellationToken);
        Console.WriteLine($"Association labels, contact -> company: {string.Join(", ", labels.Select(ReadOnlyTour.Describe))}");
        await client.Associations.CreateByLabelAsync<Contact, Company>(contact.Id, company.Id, "Decision maker", cancellationToken);
        Console.WriteLine($"Associations: contact {contact.Id} is Acme's decision maker");

        await foreach (var link in client.Associations.ListAsync<Company, Contact>(company.Id, cancellationToken))
        {
            Console.WriteLine($"  Acme -> contact {link.ToObjectId} by {string.Join(" + ", link.Types.Select(ReadOnlyTour.Describe))}");
        }
    }
}
