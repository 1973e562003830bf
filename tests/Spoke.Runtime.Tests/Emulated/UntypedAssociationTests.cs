using Spoke.Associations;

namespace Spoke.Runtime.Tests.Emulated;

public sealed class UntypedAssociationTests
{
    private static readonly AssociationSpec ContactToCompany = new(AssociationCategory.HubSpotDefined, 279);
    private static readonly AssociationSpec CompanyToContact = new(AssociationCategory.HubSpotDefined, 280);
    private static readonly AssociationSpec ContactToPrimaryCompany = new(AssociationCategory.HubSpotDefined, 1);

    [Fact]
    public async Task A_default_association_is_listed_with_the_type_of_each_direction()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var (contact, company) = await CreatePairAsync(hub.Client);

        await hub.Client.Associations.CreateDefaultAsync(CrmObjectType.Contacts, contact, CrmObjectType.Companies, company);

        var fromContact = Assert.Single(await hub.Client.Associations.ListAsync(CrmObjectType.Contacts, contact, CrmObjectType.Companies).ToListAsync());
        var fromCompany = Assert.Single(await hub.Client.Associations.ListAsync(CrmObjectType.Companies, company, CrmObjectType.Contacts).ToListAsync());
        Assert.Equal((company, true), (fromContact.ToObjectId, fromContact.Has(ContactToCompany)));
        Assert.Equal((contact, true), (fromCompany.ToObjectId, fromCompany.Has(CompanyToContact)));
    }

    [Fact]
    public async Task A_primary_association_also_creates_the_unlabeled_one_and_remove_deletes_both()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var (contact, company) = await CreatePairAsync(hub.Client);

        await hub.Client.Associations.CreateAsync(CrmObjectType.Contacts, contact, CrmObjectType.Companies, company, ContactToPrimaryCompany);
        var linked = Assert.Single(await hub.Client.Associations.ListAsync(CrmObjectType.Contacts, contact, CrmObjectType.Companies).ToListAsync());
        await hub.Client.Associations.RemoveAsync(CrmObjectType.Contacts, contact, CrmObjectType.Companies, company);

        Assert.True(linked.Has(ContactToPrimaryCompany) && linked.Has(ContactToCompany));
        Assert.Empty(await hub.Client.Associations.ListAsync(CrmObjectType.Contacts, contact, CrmObjectType.Companies).ToListAsync());
    }

    [Fact]
    public async Task Listing_follows_every_page()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var company = (await hub.Client.CreateAsync(CrmObjectType.Companies, new CrmObjectInput { ["name"] = "Many contacts" })).Id;
        var contacts = await hub.Client.BatchCreateAsync(
            CrmObjectType.Contacts, Enumerable.Range(0, 620).Select(i => new CrmObjectInput { ["email"] = $"page{i}@example.com" }));

        var linked = await hub.Client.Associations.BatchCreateDefaultAsync(
            CrmObjectType.Companies, CrmObjectType.Contacts, contacts.Records.Select(contact => new AssociationPair(company, contact.Id)));
        var listed = await hub.Client.Associations.ListAsync(CrmObjectType.Companies, company, CrmObjectType.Contacts).ToListAsync();

        Assert.True(linked.AllSucceeded);
        Assert.Equal(contacts.Records.Select(contact => contact.Id).Order(), listed.Select(record => record.ToObjectId).Order());
    }

    [Fact]
    public async Task Batch_create_with_a_type_and_batch_remove_handle_many_pairs()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var contacts = await hub.Client.BatchCreateAsync(CrmObjectType.Contacts, Enumerable.Range(0, 5).Select(i => new CrmObjectInput { ["email"] = $"pair{i}@example.com" }));
        var companies = await hub.Client.BatchCreateAsync(CrmObjectType.Companies, Enumerable.Range(0, 5).Select(i => new CrmObjectInput { ["name"] = $"Pair {i}" }));
        var pairs = contacts.Records.Zip(companies.Records, (contact, company) => new AssociationPair(contact.Id, company.Id)).ToList();

        var created = await hub.Client.Associations.BatchCreateAsync(CrmObjectType.Contacts, CrmObjectType.Companies, pairs, ContactToCompany);
        await hub.Client.Associations.BatchRemoveAsync(CrmObjectType.Contacts, CrmObjectType.Companies, pairs.Take(2));

        Assert.True(created.AllSucceeded);
        Assert.Empty(await hub.Client.Associations.ListAsync(CrmObjectType.Contacts, pairs[0].FromId, CrmObjectType.Companies).ToListAsync());
        Assert.Single(await hub.Client.Associations.ListAsync(CrmObjectType.Contacts, pairs[4].FromId, CrmObjectType.Companies).ToListAsync());
    }

    private static async Task<(string Contact, string Company)> CreatePairAsync(HubSpotClient client)
    {
        var contact = await client.CreateAsync(CrmObjectType.Contacts, new CrmObjectInput { ["email"] = $"{Guid.NewGuid():N}@example.com" });
        var company = await client.CreateAsync(CrmObjectType.Companies, new CrmObjectInput { ["name"] = "Acme" });
        return (contact.Id, company.Id);
    }
}
