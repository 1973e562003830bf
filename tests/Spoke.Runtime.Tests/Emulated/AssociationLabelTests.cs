using Spoke.Associations;
using Spoke.Runtime.Tests.HubSpot;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Emulated;

public sealed class AssociationLabelTests
{
    [Fact]
    public async Task Label_definitions_are_read_typed_and_untyped_with_HubSpot_defined_types()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var typed = await hub.Client.Associations.GetLabelsAsync<Contact, Company>();
        var untyped = await hub.Client.Associations.GetLabelsAsync(CrmObjectType.Companies, CrmObjectType.Contacts);

        Assert.Contains(new AssociationTypeLabel(new AssociationSpec(AssociationCategory.HubSpotDefined, 279), null), typed);
        Assert.Contains(new AssociationTypeLabel(new AssociationSpec(AssociationCategory.HubSpotDefined, 1), "Primary"), typed);
        Assert.Contains(new AssociationTypeLabel(new AssociationSpec(AssociationCategory.HubSpotDefined, 280), null), untyped);
    }

    [Fact]
    public async Task A_label_created_by_name_is_used_by_name_and_removed_alone()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var (contact, company) = await CreatePairAsync(hub.Client);

        var decisionMaker = await hub.Client.Associations.CreateLabelAsync<Contact, Company>("Decision maker");
        await hub.Client.Associations.CreateByLabelAsync(CrmObjectType.Contacts, contact, CrmObjectType.Companies, company, "decision maker");
        var labelled = Assert.Single(await hub.Client.Associations.ListAsync<Contact, Company>(contact).ToListAsync());
        await hub.Client.Associations.RemoveByLabelAsync(CrmObjectType.Contacts, contact, CrmObjectType.Companies, company, "Decision maker");
        var unlabeled = Assert.Single(await hub.Client.Associations.ListAsync<Contact, Company>(contact).ToListAsync());

        Assert.Equal(AssociationCategory.UserDefined, decisionMaker.Spec.Category);
        Assert.Contains(new AssociationTypeLabel(decisionMaker.Spec, "Decision maker"), labelled.Types);
        Assert.True(labelled.Has(AssociationType<Contact, Company>.Default.Spec));
        Assert.Equal([new AssociationTypeLabel(AssociationType<Contact, Company>.Default.Spec, null)], unlabeled.Types);
    }

    [Fact]
    public async Task Typed_create_and_remove_by_found_type_keep_the_direction()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var (contact, company) = await CreatePairAsync(hub.Client);
        await hub.Client.Associations.CreateLabelAsync(CrmObjectType.Contacts, CrmObjectType.Companies, "Billing contact", "Billed company");

        await hub.Client.Associations.CreateByLabelAsync<Contact, Company>(contact, company, "Billing contact");
        var billedCompany = await hub.Client.Associations.GetTypeByLabelAsync<Company, Contact>("Billed company");
        var fromCompany = Assert.Single(await hub.Client.Associations.ListAsync<Company, Contact>(company).ToListAsync());
        await hub.Client.Associations.RemoveAsync(company, contact, billedCompany);

        Assert.Contains(new AssociationTypeLabel(billedCompany.Spec, "Billed company"), fromCompany.Types);
        Assert.DoesNotContain(Assert.Single(await hub.Client.Associations.ListAsync<Contact, Company>(contact).ToListAsync()).Types, type => type.Label is not null);
    }

    [Fact]
    public async Task A_paired_label_has_its_own_type_for_each_side()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var manager = await hub.Client.Associations.CreateLabelAsync(CrmObjectType.Contacts, CrmObjectType.Contacts, "Manager", "Employee");
        var employee = await hub.Client.Associations.GetTypeByLabelAsync(CrmObjectType.Contacts, CrmObjectType.Contacts, "Employee");

        Assert.Equal("Manager", manager.Label);
        Assert.NotEqual(manager.Spec, employee);
    }

    [Fact]
    public async Task An_unknown_label_is_an_error_that_lists_the_labels_that_exist()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var (contact, company) = await CreatePairAsync(hub.Client);
        await hub.Client.Associations.CreateLabelAsync<Contact, Company>("Advisor");

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => hub.Client.Associations.CreateByLabelAsync(CrmObjectType.Contacts, contact, CrmObjectType.Companies, company, "Investor"));

        Assert.Equal("label", error.ParamName);
        Assert.Contains("\"Investor\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Primary\" (HUBSPOT_DEFINED/1), \"Advisor\" (USER_DEFINED/", error.Message, StringComparison.Ordinal);
        Assert.Contains("CreateLabelAsync", error.Message, StringComparison.Ordinal);
        Assert.Empty(await hub.Client.Associations.ListAsync<Contact, Company>(contact).ToListAsync());
    }

    [Fact]
    public async Task Definitions_are_cached_per_pair_and_read_again_once_for_a_label_created_elsewhere()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var counting = new CountingHandler(hub.Emulator.CreateHandler());
        using var client = hub.CreateClient(counting);

        await client.Associations.GetTypeByLabelAsync<Contact, Company>("Primary");
        await client.Associations.GetTypeByLabelAsync<Contact, Company>("primary");
        var afterCachedLookups = counting.Statuses.Count;
        var partner = await hub.Client.Associations.CreateLabelAsync<Contact, Company>("Partner");
        var found = await client.Associations.GetTypeByLabelAsync<Contact, Company>("Partner");
        await client.Associations.GetTypeByLabelAsync<Contact, Company>("Partner");

        Assert.Equal(1, afterCachedLookups);
        Assert.Equal(partner.Spec, found.Spec);
        Assert.Equal(2, counting.Statuses.Count);
    }

    [Fact]
    public async Task Renaming_and_deleting_a_label_are_seen_by_the_next_lookup()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var (contact, company) = await CreatePairAsync(hub.Client);
        var champion = await hub.Client.Associations.CreateLabelAsync<Contact, Company>("Champion");
        await hub.Client.Associations.CreateAsync(contact, company, champion);

        await hub.Client.Associations.UpdateLabelAsync(champion, "Sponsor");
        var renamed = await hub.Client.Associations.GetTypeByLabelAsync<Contact, Company>("Sponsor");
        await hub.Client.Associations.DeleteLabelAsync(renamed);

        Assert.Equal(champion.Spec, renamed.Spec);
        await Assert.ThrowsAsync<ArgumentException>(() => hub.Client.Associations.GetTypeByLabelAsync<Contact, Company>("Sponsor"));
        var link = Assert.Single(await hub.Client.Associations.ListAsync<Contact, Company>(contact).ToListAsync());
        Assert.Equal([AssociationType<Contact, Company>.Default.Spec], link.Types.Select(type => type.Spec));
    }

    [Fact]
    public async Task HubSpot_refusing_a_label_change_surfaces_as_a_HubSpotException()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var error = await Assert.ThrowsAsync<HubSpotException>(
            () => hub.Client.Associations.DeleteLabelAsync(CrmObjectType.Contacts, CrmObjectType.Companies, new AssociationSpec(AssociationCategory.HubSpotDefined, 279)));

        Assert.Equal(400, error.Status);
        Assert.Contains("cannot be deleted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Associations_are_read_a_page_at_a_time_and_resume_from_a_token()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var company = (await hub.Client.CreateAsync(CrmObjectType.Companies, new CrmObjectInput { ["name"] = "Paged" })).Id;
        var contacts = await hub.Client.BatchCreateAsync(CrmObjectType.Contacts, Enumerable.Range(0, 3).Select(i => new CrmObjectInput { ["email"] = $"paged{i}@example.com" }));
        await hub.Client.Associations.BatchCreateDefaultAsync(CrmObjectType.Companies, CrmObjectType.Contacts, contacts.Records.Select(contact => new AssociationPair(company, contact.Id)));

        var first = await hub.Client.Associations.ListAsync<Company, Contact>(company).AsPages(pageSizeHint: 2).FirstAsync();
        var rest = await hub.Client.Associations.ListAsync(CrmObjectType.Companies, company, CrmObjectType.Contacts).AsPages(first.ContinuationToken, pageSizeHint: 2).ToListAsync();

        Assert.Equal(2, first.Values.Count);
        Assert.NotNull(first.ContinuationToken);
        var second = Assert.Single(rest);
        Assert.Single(second.Values);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(contacts.Records.Select(contact => contact.Id).Order(), first.Values.Concat(second.Values).Select(record => record.ToObjectId).Order());
        var tooBig = Assert.Throws<ArgumentOutOfRangeException>(() => hub.Client.Associations.ListAsync<Company, Contact>(company).AsPages(pageSizeHint: 501));
        Assert.Contains("MaxAssociationsPageSize", tooBig.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_association_token_resumes_only_the_listing_that_issued_it()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var (contact, company) = await CreatePairAsync(hub.Client);
        await hub.Client.Associations.CreateDefaultAsync<Contact, Company>(contact, company);
        await hub.Client.Associations.CreateDefaultAsync<Contact, Company>(contact, (await hub.Client.CreateAsync(CrmObjectType.Companies, new CrmObjectInput { ["name"] = "Second" })).Id);
        var token = (await hub.Client.Associations.ListAsync<Contact, Company>(contact).AsPages(pageSizeHint: 1).FirstAsync()).ContinuationToken!;

        var otherRecord = Assert.Throws<ArgumentException>(() => hub.Client.Associations.ListAsync<Company, Contact>(company).AsPages(token));
        var search = Assert.Throws<ArgumentException>(() => hub.Client.SearchAsync(CrmObjectType.Contacts, new Spoke.Search.SearchRequest()).AsPages(token));

        Assert.Equal("continuationToken", otherRecord.ParamName);
        Assert.Contains("another association listing", otherRecord.Message, StringComparison.Ordinal);
        Assert.Contains("not a search", search.Message, StringComparison.Ordinal);
    }

    private static async Task<(string Contact, string Company)> CreatePairAsync(HubSpotClient client)
    {
        var contact = await client.CreateAsync(CrmObjectType.Contacts, new CrmObjectInput { ["email"] = $"{Guid.NewGuid():N}@example.com" });
        var company = await client.CreateAsync(CrmObjectType.Companies, new CrmObjectInput { ["name"] = "Acme" });
        return (contact.Id, company.Id);
    }
}
