using System.Net;
using System.Net.Http.Headers;
using Spoke.Runtime.Tests.HubSpot;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>
/// The typed reads, which ask for every property of the shipped snapshots (367 for contacts), over a real socket to the
/// emulator, whose Kestrel refuses request lines over 8 KB as HubSpot does. Nothing the client builds may exceed that.
/// </summary>
public sealed class LongUrlTests
{
    [Fact]
    public async Task The_emulator_over_a_socket_refuses_a_url_longer_than_HubSpot_accepts()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        using var http = new HttpClient { BaseAddress = hub.Emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hub.Emulator.AccessToken);

        using var tooLong = await http.GetAsync($"crm/v3/objects/contacts?properties={new string('a', 9_000)}");
        using var fine = await http.GetAsync($"crm/v3/objects/contacts?properties={new string('a', 2_000)}");

        Assert.Equal(414, (int)tooLong.StatusCode);
        Assert.Equal(200, (int)fine.StatusCode);
    }

    [Fact]
    public async Task Typed_reads_of_every_generated_property_work_over_a_socket()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var client = hub.Client;
        var contact = await client.CreateAsync(new ContactInput { Email = "wide@example.com", FirstName = "Wide" });
        var company = await client.CreateAsync(new CompanyInput { Name = "Wide Inc" });
        var deal = await client.CreateAsync(new DealInput { DealName = "Wide deal", Pipeline = DealPipelines.Sales.Id, DealStage = DealPipelines.Sales.AppointmentScheduled });

        var readContact = await client.GetAsync<Contact>(contact.Id);
        var byEmail = await client.GetByUniquePropertyAsync<Contact>("email", "wide@example.com");
        var readCompany = await client.GetAsync<Company>(company.Id);
        var readDeal = await client.GetAsync<Deal>(deal.Id);
        var batch = await client.BatchReadAsync<Contact>([contact.Id]);
        await client.ArchiveAsync<Company>(company.Id);
        var archived = await client.GetAsync<Company>(company.Id, archived: true);

        Assert.Equal(("Wide", "Wide"), (readContact.FirstName, byEmail.FirstName));
        Assert.Equal(contact.Id, byEmail.Id);
        Assert.Equal("Wide Inc", readCompany.Name);
        Assert.Equal("Wide deal", readDeal.DealName);
        Assert.Equal("wide@example.com", Assert.Single(batch.Records).Email);
        Assert.True(archived.Archived);
    }

    [Fact]
    public async Task A_read_with_every_property_of_a_record_that_does_not_exist_is_not_found()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var live = await hub.Client.CreateAsync(new ContactInput { Email = "live@example.com" });

        var missing = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.GetAsync<Contact>("999999"));
        var notArchived = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.GetAsync<Contact>(live.Id, archived: true));
        var noSuchEmail = await Assert.ThrowsAsync<HubSpotException>(() => hub.Client.GetByUniquePropertyAsync<Contact>("email", "nobody@example.com"));

        Assert.Contains("999999", missing.Message, StringComparison.Ordinal);
        Assert.Equal(404, missing.Status);
        Assert.Equal(404, notArchived.Status);
        Assert.Contains(live.Id, notArchived.Message, StringComparison.Ordinal);
        Assert.Contains("nobody@example.com", noSuchEmail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unique_value_too_long_for_a_url_is_looked_up_and_updated_through_the_body()
    {
        await using var hub = await EmulatedHub.StartAsync(overSocket: true);
        var longValue = new string('k', 9_000);

        var read = await Assert.ThrowsAsync<HubSpotException>(
            () => hub.Client.GetByUniquePropertyAsync(CrmObjectType.Contacts, "email", longValue + "@example.com", ["email"]));
        var update = await Assert.ThrowsAsync<HubSpotException>(
            () => hub.Client.UpdateByUniquePropertyAsync("email", longValue + "@example.com", new ContactInput { FirstName = "Nobody" }));

        Assert.Equal(404, read.Status);
        Assert.Equal(404, update.Status);
    }
}
