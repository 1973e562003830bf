using Spoke.Associations;
using Spoke.Batch;
using Spoke.Runtime.Tests.HubSpot;
using Spoke.Schema;
using Spoke.Search;

namespace Spoke.Runtime.Tests.Emulated;

public sealed class TypedOperationsTests
{
    [Fact]
    public async Task Generated_records_go_through_create_with_association_search_update_and_upsert()
    {
        await using var hub = await EmulatedHub.StartAsync();
        var client = hub.Client;
        var company = await client.CreateAsync(new CompanyInput { Name = "Typed Inc", Domain = "typed.example" });

        var contact = await client.CreateAsync(
            new ContactInput { Email = "typed@typed.example", FirstName = "Tia", LastName = "Typed" },
            [AssociationType<Contact, Company>.Primary.To(company.Id)]);
        var found = await client.SearchAsync(Contact.Where(c => c.LastName.Eq("Typed"))).ToListAsync();
        var updated = await client.UpdateAsync(contact.Id, new ContactInput { FirstName = "Tina" });
        var upserted = await client.UpsertAsync("email", new ContactInput { Email = "typed@typed.example", LastName = "Retyped" });
        var links = await client.Associations.ListAsync<Contact, Company>(contact.Id).ToListAsync();

        Assert.Equal([contact.Id], found.Select(record => record.Id));
        Assert.Equal("typed@typed.example", found[0].Email);
        Assert.Equal("Tina", updated.FirstName);
        Assert.Equal((contact.Id, UpsertOutcome.Updated), (upserted.Record.Id, upserted.Outcome));
        Assert.True(Assert.Single(links).Has(AssociationType<Contact, Company>.Primary.Spec));
    }

    [Fact]
    public async Task A_typed_search_from_a_request_built_by_hand_reads_every_generated_property()
    {
        await using var hub = await EmulatedHub.StartAsync();
        await hub.Client.CreateAsync(new ContactInput { Email = "raw@example.com", FirstName = "Raw", LifecycleStage = ContactLifecycleStage.Lead });
        var request = new SearchRequest { FilterGroups = SearchFilterGroupsJson.Parse("""[{"filters":[{"propertyName":"email","operator":"EQ","value":"raw@example.com"}]}]""") };

        var found = Assert.Single(await hub.Client.SearchAsync(SearchQuery.For<Contact>(request)).ToListAsync());

        Assert.Equal(("Raw", ContactLifecycleStage.Lead), (found.FirstName, found.LifecycleStage!.Value.Value));
        Assert.Empty(found.AdditionalProperties);
    }

    [Fact]
    public void Association_types_carry_their_direction()
    {
        Assert.Equal(279, AssociationType<Contact, Company>.Default.Spec.TypeId);
        Assert.Equal(280, AssociationType<Company, Contact>.Default.Spec.TypeId);
        Assert.Equal(1, AssociationType<Contact, Company>.Primary.Spec.TypeId);
        Assert.Equal(2, AssociationType<Company, Contact>.Primary.Spec.TypeId);
        Assert.Equal((3, 4), (AssociationType<Deal, Contact>.Default.Spec.TypeId, AssociationType<Contact, Deal>.Default.Spec.TypeId));
        Assert.Equal((16, 15), (AssociationType<Ticket, Contact>.Default.Spec.TypeId, AssociationType<Contact, Ticket>.Default.Spec.TypeId));
        Assert.Throws<NotSupportedException>(() => AssociationType<Deal, Contact>.Primary);
    }

    [Fact]
    public async Task A_generated_type_reports_no_drift_until_the_account_changes()
    {
        await using var hub = await EmulatedHub.StartAsync();

        var before = await hub.Client.Schema.GetDriftAsync<Contact>();
        var generated = Contact.GeneratedSchema.Find("lifecyclestage")!;

        Assert.False(before.HasBreakingChanges, before.ToString());
        Assert.Contains(generated.Options, option => option.Value == "customer");
        Assert.DoesNotContain(before.Differences, difference => difference.Kind is SchemaDifferenceKind.OptionAdded or SchemaDifferenceKind.OptionRemoved);
    }
}
