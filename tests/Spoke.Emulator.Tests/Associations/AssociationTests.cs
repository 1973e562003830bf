using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Associations;

[Collection(SharedEmulatorCollection.Name)]
public sealed class AssociationTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    private Task<string> CompanyAsync() => Http.CreateAsync("companies", """{"name":"Acme"}""");

    [Fact]
    public async Task Default_PUT_creates_the_unlabeled_type_in_both_directions()
    {
        var contact = await Http.CreateContactAsync(Unique.Email());
        var company = await CompanyAsync();

        var put = await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/default/companies/{company}");
        var fromContact = await Http.GetAsync($"/crm/v4/objects/contacts/{contact}/associations/companies");
        var fromCompany = await Http.GetAsync($"/crm/v4/objects/companies/{company}/associations/contacts");

        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(279, put["results"][0].GetProperty("associationSpec").GetProperty("associationTypeId").GetInt32());
        var target = fromContact["results"][0];
        Assert.Equal(long.Parse(company), target.GetProperty("toObjectId").GetInt64());
        Assert.Equal(279, target.GetProperty("associationTypes")[0].GetProperty("typeId").GetInt32());
        Assert.Equal("HUBSPOT_DEFINED", target.GetProperty("associationTypes")[0].GetProperty("category").GetString());
        Assert.Equal(280, fromCompany["results"][0].GetProperty("associationTypes")[0].GetProperty("typeId").GetInt32());
    }

    [Fact]
    public async Task Labelled_PUT_with_primary_also_adds_unlabeled_and_moves_the_primary()
    {
        var contact = await Http.CreateContactAsync(Unique.Email());
        var first = await CompanyAsync();
        var second = await CompanyAsync();
        const string Primary = """[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":1}]""";

        var put = await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{first}", Primary);
        await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{second}", Primary);
        var list = await Http.GetAsync($"/crm/v4/objects/contacts/{contact}/associations/companies");

        Assert.Equal(HttpStatusCode.Created, put.Status);
        Assert.Equal("0-1", put["fromObjectTypeId"].GetString());
        Assert.Equal(long.Parse(first), put["toObjectId"].GetInt64());
        Assert.Equal("Primary", put["labels"][0].GetString());
        var types = list["results"].EnumerateArray().ToDictionary(
            r => r.GetProperty("toObjectId").GetInt64().ToString(),
            r => r.GetProperty("associationTypes").EnumerateArray().Select(t => t.GetProperty("typeId").GetInt32()).Order().ToList());
        Assert.Equal([279], types[first]);
        Assert.Equal([1, 279], types[second]);
    }

    [Fact]
    public async Task Invalid_association_type_is_400_INVALID_ASSOCIATION_TYPE()
    {
        var contact = await Http.CreateContactAsync(Unique.Email());
        var company = await CompanyAsync();

        var response = await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{company}",
            """[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":3}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("crm.associations.INVALID_ASSOCIATION_TYPE", response["subCategory"].GetString());
    }

    [Fact]
    public async Task DELETE_removes_every_type_between_the_pair()
    {
        var contact = await Http.CreateContactAsync(Unique.Email());
        var company = await CompanyAsync();
        await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{company}", """[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":1}]""");

        var delete = await Http.DeleteAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{company}");
        var list = await Http.GetAsync($"/crm/v4/objects/companies/{company}/associations/contacts");

        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Equal(0, list["results"].GetArrayLength());
    }

    [Fact]
    public async Task Create_with_associations_and_read_them_inline_in_v3()
    {
        var company = await CompanyAsync();
        var created = await Http.PostAsync("/crm/v3/objects/contacts", $$$"""
            {"properties":{"email":"{{{Unique.Email()}}}"},
             "associations":[{"to":{"id":{{{company}}}},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":279}]}]}
            """);
        var read = await Http.GetAsync($"/crm/v3/objects/contacts/{created["id"].GetString()}?associations=companies");

        var results = read["associations"].GetProperty("companies").GetProperty("results");
        Assert.Equal(company, results[0].GetProperty("id").GetString());
        Assert.Equal("contact_to_company_unlabeled", results[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Create_with_association_to_a_missing_record_is_400()
    {
        var response = await Http.PostAsync("/crm/v3/objects/contacts",
            """{"properties":{},"associations":[{"to":{"id":"999999999"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":279}]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Batch_create_read_and_archive()
    {
        var contact = await Http.CreateContactAsync(Unique.Email());
        var deal = await Http.CreateAsync("deals", """{"dealname":"Big","dealstage":"appointmentscheduled"}""");

        var create = await Http.PostAsync("/crm/v4/associations/contacts/deals/batch/create",
            $$$"""{"inputs":[{"from":{"id":"{{{contact}}}"},"to":{"id":"{{{deal}}}"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":4}]}]}""");
        var read = await Http.PostAsync("/crm/v4/associations/contacts/deals/batch/read", $$$"""{"inputs":[{"id":"{{{contact}}}"},{"id":"999999999"}]}""");
        var archive = await Http.PostAsync("/crm/v4/associations/contacts/deals/batch/archive",
            $$$"""{"inputs":[{"from":{"id":"{{{contact}}}"},"to":[{"id":"{{{deal}}}"}]}]}""");
        var after = await Http.GetAsync($"/crm/v4/objects/deals/{deal}/associations/contacts");

        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal(long.Parse(deal), create["results"][0].GetProperty("toObjectId").GetInt64());
        Assert.Equal(HttpStatusCode.MultiStatus, read.Status);
        Assert.Equal(contact, read["results"][0].GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(4, read["results"][0].GetProperty("to")[0].GetProperty("associationTypes")[0].GetProperty("typeId").GetInt32());
        Assert.Equal(1, read["numErrors"].GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, archive.Status);
        Assert.Equal(0, after["results"].GetArrayLength());
    }

    [Fact]
    public async Task Batch_associate_default_and_labels_archive_of_unlabeled_removes_all()
    {
        var contact = await Http.CreateContactAsync(Unique.Email());
        var company = await CompanyAsync();
        var pair = $$$"""{"from":{"id":"{{{contact}}}"},"to":{"id":"{{{company}}}"}""";

        var associate = await Http.PostAsync("/crm/v4/associations/contacts/companies/batch/associate/default", $$$"""{"inputs":[{{{pair}}}}]}""");
        await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{company}", """[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":1}]""");
        var archive = await Http.PostAsync("/crm/v4/associations/contacts/companies/batch/labels/archive",
            $$$"""{"inputs":[{{{pair}}},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":279}]}]}""");
        var list = await Http.GetAsync($"/crm/v4/objects/contacts/{contact}/associations/companies");

        Assert.Equal(HttpStatusCode.OK, associate.Status);
        Assert.Equal(279, associate["results"][0].GetProperty("associationSpec").GetProperty("associationTypeId").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, archive.Status);
        Assert.Equal(0, list["results"].GetArrayLength());
    }

    [Fact]
    public async Task Associations_list_pages_with_limit_and_after()
    {
        var company = await CompanyAsync();
        for (var index = 0; index < 3; index++)
        {
            var contact = await Http.CreateContactAsync(Unique.Email());
            await Http.PutAsync($"/crm/v4/objects/companies/{company}/associations/default/contacts/{contact}");
        }

        var first = await Http.GetAsync($"/crm/v4/objects/companies/{company}/associations/contacts?limit=2");
        var next = first["paging"].GetProperty("next").GetProperty("after").GetString();
        var second = await Http.GetAsync($"/crm/v4/objects/companies/{company}/associations/contacts?limit=2&after={next}");

        Assert.Equal(2, first["results"].GetArrayLength());
        Assert.Equal(1, second["results"].GetArrayLength());
    }

    [Fact]
    public async Task Search_filters_on_associations_pseudo_property()
    {
        var company = await CompanyAsync();
        var contact = await Http.CreateContactAsync(Unique.Email());
        await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/default/companies/{company}");

        var response = await Http.PostAsync("/crm/v3/objects/contacts/search",
            $$$"""{"filterGroups":[{"filters":[{"propertyName":"associations.company","operator":"EQ","value":"{{{company}}}"}]}]}""");

        Assert.Equal(1, response["total"].GetInt32());
        Assert.Equal(contact, response["results"][0].GetProperty("id").GetString());
    }
}
