using System.Net;
using System.Text.Json;
using Spoke.Emulator.Tests.Infrastructure;
using Spoke.Emulator.Tests.Persistence;

namespace Spoke.Emulator.Tests.Associations;

/// <summary>The v4 label definition endpoints and labelled associations, over plain HTTP as any HubSpot client sends them.</summary>
[Collection(SharedEmulatorCollection.Name)]
public sealed class AssociationLabelTests(SharedEmulator emulator)
{
    private HubSpotHttp Http => emulator.Http;

    [Fact]
    public async Task GET_labels_lists_HubSpot_defined_types_and_the_seeded_labels_in_both_directions()
    {
        var forward = await Http.GetAsync("/crm/v4/associations/contacts/companies/labels");
        var backward = await Http.GetAsync("/crm/associations/v4/companies/contacts/labels");

        Assert.Equal(HttpStatusCode.OK, forward.Status);
        var types = Types(forward);
        Assert.Contains(("HUBSPOT_DEFINED", 279, (string?)null), types);
        Assert.Contains(("HUBSPOT_DEFINED", 1, (string?)"Primary"), types);
        var decisionMaker = Assert.Single(types, type => type.Label == "Decision maker");
        Assert.Equal("USER_DEFINED", decisionMaker.Category);
        Assert.Contains(("USER_DEFINED", decisionMaker.TypeId + 1, (string?)"Decision maker"), Types(backward));
        Assert.Contains(("HUBSPOT_DEFINED", 280, (string?)null), Types(backward));
    }

    [Fact]
    public async Task POST_a_paired_label_defines_one_type_per_direction_usable_by_labelled_PUT()
    {
        var label = Unique.Token()[..12];
        var created = await Http.PostAsync("/crm/v4/associations/deals/companies/labels",
            $$"""{"label":"Buyer {{label}}","inverseLabel":"Bought by {{label}}","name":"buyer_{{label}}"}""");
        var buyer = Assert.Single(Types(created), type => type.Label == $"Buyer {label}");
        var boughtBy = Assert.Single(Types(created), type => type.Label == $"Bought by {label}");
        var deal = await Http.CreateAsync("deals", """{"dealname":"Labelled","dealstage":"appointmentscheduled"}""");
        var company = await Http.CreateAsync("companies", """{"name":"Labelled Inc"}""");

        var put = await Http.PutAsync($"/crm/v4/objects/deals/{deal}/associations/companies/{company}",
            $$"""[{"associationCategory":"USER_DEFINED","associationTypeId":{{buyer.TypeId}}}]""");
        var fromDeal = await Http.GetAsync($"/crm/v4/objects/deals/{deal}/associations/companies");
        var fromCompany = await Http.GetAsync($"/crm/v4/objects/companies/{company}/associations/deals");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(HttpStatusCode.Created, put.Status);
        Assert.Equal([$"Buyer {label}"], put["labels"].EnumerateArray().Select(l => l.GetString()));
        Assert.Equivalent(new[] { (341, (string?)null), (buyer.TypeId, $"Buyer {label}") }, TargetTypes(fromDeal));
        Assert.Equivalent(new[] { (342, (string?)null), (boughtBy.TypeId, $"Bought by {label}") }, TargetTypes(fromCompany));
    }

    [Fact]
    public async Task Labelled_PUT_and_batch_create_reject_a_USER_DEFINED_id_the_pair_does_not_have()
    {
        var contactToCompanyLabel = Types(await Http.GetAsync("/crm/v4/associations/contacts/companies/labels")).Single(t => t.Label == "Decision maker");
        var contact = await Http.CreateContactAsync(Unique.Email());
        var deal = await Http.CreateAsync("deals", """{"dealname":"Wrong label","dealstage":"appointmentscheduled"}""");
        var spec = $$"""{"associationCategory":"USER_DEFINED","associationTypeId":{{contactToCompanyLabel.TypeId}}}""";

        var put = await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/deals/{deal}", $"[{spec}]");
        var batch = await Http.PostAsync("/crm/v4/associations/contacts/deals/batch/create",
            $$"""{"inputs":[{"from":{"id":"{{contact}}"},"to":{"id":"{{deal}}"},"types":[{{spec}}]}]}""");
        var undefined = await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/deals/{deal}",
            """[{"associationCategory":"USER_DEFINED","associationTypeId":987654}]""");

        foreach (var response in new[] { put, batch, undefined })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal("crm.associations.INVALID_ASSOCIATION_TYPE", response["subCategory"].GetString());
        }
    }

    [Fact]
    public async Task Batch_create_with_a_defined_label_then_labels_archive_removes_only_that_label()
    {
        var decisionMaker = Types(await Http.GetAsync("/crm/v4/associations/contacts/companies/labels")).Single(t => t.Label == "Decision maker");
        var contact = await Http.CreateContactAsync(Unique.Email());
        var company = await Http.CreateAsync("companies", """{"name":"Label archive"}""");
        var input = $$"""{"from":{"id":"{{contact}}"},"to":{"id":"{{company}}"},"types":[{"associationCategory":"USER_DEFINED","associationTypeId":{{decisionMaker.TypeId}}}]}""";

        var create = await Http.PostAsync("/crm/v4/associations/contacts/companies/batch/create", $$"""{"inputs":[{{input}}]}""");
        var archive = await Http.PostAsync("/crm/v4/associations/contacts/companies/batch/labels/archive", $$"""{"inputs":[{{input}}]}""");
        var list = await Http.GetAsync($"/crm/v4/objects/contacts/{contact}/associations/companies");

        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal(["Decision maker"], create["results"][0].GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(HttpStatusCode.NoContent, archive.Status);
        Assert.Equivalent(new[] { (279, (string?)null) }, TargetTypes(list));
    }

    [Fact]
    public async Task PUT_labels_renames_an_unpaired_label_in_both_directions()
    {
        var label = Unique.Token()[..12];
        var created = Types(await Http.PostAsync("/crm/v4/associations/contacts/tickets/labels", $$"""{"label":"Reporter {{label}}","name":"reporter_{{label}}"}"""));
        var forward = created[0];

        var rename = await Http.PutAsync("/crm/v4/associations/contacts/tickets/labels", $$"""{"associationTypeId":{{forward.TypeId}},"label":"Requester {{label}}"}""");
        var fromContacts = Types(await Http.GetAsync("/crm/v4/associations/contacts/tickets/labels"));
        var fromTickets = Types(await Http.GetAsync("/crm/v4/associations/tickets/contacts/labels"));

        Assert.Equal(2, created.Count);
        Assert.Equal(HttpStatusCode.NoContent, rename.Status);
        Assert.Contains(("USER_DEFINED", forward.TypeId, (string?)$"Requester {label}"), fromContacts);
        Assert.Contains(("USER_DEFINED", created[1].TypeId, (string?)$"Requester {label}"), fromTickets);
        Assert.DoesNotContain(fromContacts, type => type.Label == $"Reporter {label}");
    }

    [Fact]
    public async Task DELETE_a_label_removes_it_from_every_record_but_keeps_the_unlabeled_association()
    {
        var label = Unique.Token()[..12];
        var created = Types(await Http.PostAsync("/crm/v4/associations/contacts/deals/labels", $$"""{"label":"Signer {{label}}","name":"signer_{{label}}"}"""));
        var contact = await Http.CreateContactAsync(Unique.Email());
        var deal = await Http.CreateAsync("deals", """{"dealname":"Signed","dealstage":"appointmentscheduled"}""");
        await Http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/deals/{deal}",
            $$"""[{"associationCategory":"USER_DEFINED","associationTypeId":{{created[0].TypeId}}}]""");

        var delete = await Http.DeleteAsync($"/crm/v4/associations/contacts/deals/labels/{created[0].TypeId}");
        var again = await Http.DeleteAsync($"/crm/v4/associations/contacts/deals/labels/{created[0].TypeId}");
        var labels = Types(await Http.GetAsync("/crm/v4/associations/deals/contacts/labels"));
        var fromDeal = await Http.GetAsync($"/crm/v4/objects/deals/{deal}/associations/contacts");

        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.DoesNotContain(labels, type => type.TypeId == created[1].TypeId);
        Assert.Equivalent(new[] { (3, (string?)null) }, TargetTypes(fromDeal));
    }

    [Fact]
    public async Task HubSpot_defined_types_cannot_be_renamed_or_deleted()
    {
        var rename = await Http.PutAsync("/crm/v4/associations/contacts/companies/labels", """{"associationTypeId":1,"label":"Main company"}""");
        var delete = await Http.DeleteAsync("/crm/v4/associations/contacts/companies/labels/279");

        Assert.Equal(HttpStatusCode.BadRequest, rename.Status);
        Assert.Contains("defined by HubSpot", rename["message"].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, delete.Status);
    }

    [Theory]
    [InlineData("""{"label":"Decision maker","name":"another_decision_maker"}""", "already has the label \"Decision maker\"")]
    [InlineData("""{"label":"Primary","name":"primary_again"}""", "already has the label \"Primary\"")]
    [InlineData("""{"label":"No name"}""", "\"name\"")]
    [InlineData("""{"name":"no_label"}""", "\"label\"")]
    public async Task POST_labels_refuses_duplicates_and_missing_fields(string body, string expected)
    {
        var response = await Http.PostAsync("/crm/v4/associations/contacts/companies/labels", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(expected, response["message"].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labels_and_labelled_associations_survive_a_restart_with_a_data_file()
    {
        using var folder = new TemporaryFolder();
        var file = folder.DataFile;
        string contact, company;
        int typeId;
        await using (var hub = await StartAsync(file))
        {
            var http = new HubSpotHttp(hub);
            typeId = Types(await http.PostAsync("/crm/v4/associations/contacts/companies/labels", """{"label":"Advisor","name":"advisor"}"""))[0].TypeId;
            contact = await http.CreateContactAsync(Unique.Email());
            company = await http.CreateAsync("companies", """{"name":"Kept"}""");
            await http.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{company}",
                $$"""[{"associationCategory":"USER_DEFINED","associationTypeId":{{typeId}}}]""");
        }

        await using (var hub = await StartAsync(file))
        {
            var http = new HubSpotHttp(hub);
            var labels = Types(await http.GetAsync("/crm/v4/associations/contacts/companies/labels"));
            var list = await http.GetAsync($"/crm/v4/objects/contacts/{contact}/associations/companies");
            var next = Types(await http.PostAsync("/crm/v4/associations/contacts/companies/labels", """{"label":"Investor","name":"investor"}"""));

            Assert.Contains(("USER_DEFINED", typeId, (string?)"Advisor"), labels);
            Assert.Equivalent(new[] { (279, (string?)null), (typeId, "Advisor") }, TargetTypes(list));
            Assert.True(next[0].TypeId > typeId + 1);
        }
    }

    private static Task<HubSpotEmulator> StartAsync(string dataFile)
    {
        var options = new HubSpotEmulatorOptions { DataFile = dataFile };
        options.RateLimits.Enabled = false;
        return HubSpotEmulator.StartAsync(options);
    }

    private static List<(string Category, int TypeId, string? Label)> Types(ApiResponse response) =>
        response["results"].EnumerateArray()
            .Select(type => (type.GetProperty("category").GetString()!, type.GetProperty("typeId").GetInt32(), Label(type)))
            .ToList();

    private static List<(int TypeId, string? Label)> TargetTypes(ApiResponse list) =>
        Assert.Single(list["results"].EnumerateArray()).GetProperty("associationTypes").EnumerateArray()
            .Select(type => (type.GetProperty("typeId").GetInt32(), Label(type)))
            .ToList();

    private static string? Label(JsonElement type) => type.GetProperty("label").GetString();
}
