using System.Globalization;
using System.Net;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Persistence;

/// <summary>
/// Every kind of write the data file has to keep, through the API: a created property, batch creates and upserts,
/// updates that set and clear values, associations with and without labels, labels defined, renamed and deleted,
/// archives, a merge, a GDPR delete, property groups and definitions created, changed and archived, and a pipeline created, renamed and given and relieved of a stage.
/// </summary>
internal static class AccountActivity
{
    public static async Task RunAsync(HubSpotHttp http)
    {
        await Expect(HttpStatusCode.Created, http.PostAsync("/crm/v3/properties/contacts",
            """{"name":"shoe_size","label":"Shoe size","type":"number","fieldType":"number","groupName":"contactinformation"}"""));
        var contacts = Ids(await Expect(HttpStatusCode.Created, http.PostAsync("/crm/v3/objects/contacts/batch/create",
            "{\"inputs\":[" + string.Join(',', Enumerable.Range(1, 30).Select(i => $$$"""{"properties":{"email":"kept{{{i}}}@example.com","firstname":"Kept {{{i}}}","shoe_size":"{{{40 + (i % 8)}}}"}}""")) + "]}")));
        var companies = Ids(await Expect(HttpStatusCode.Created, http.PostAsync("/crm/v3/objects/companies/batch/create",
            """{"inputs":[{"properties":{"name":"First"}},{"properties":{"name":"Second"}},{"properties":{"name":"Third"}}]}""")));

        await Expect(HttpStatusCode.OK, http.PatchAsync($"/crm/v3/objects/contacts/{contacts[0]}", """{"properties":{"firstname":"Renamed","shoe_size":""}}"""));
        await Expect(HttpStatusCode.OK, http.PostAsync("/crm/v3/objects/contacts/batch/update",
            $$$"""{"inputs":[{"id":"{{{contacts[1]}}}","properties":{"lifecyclestage":"lead"}},{"id":"{{{contacts[2]}}}","properties":{"jobtitle":"CTO"}}]}"""));
        await Expect(HttpStatusCode.OK, http.PostAsync("/crm/v3/objects/contacts/batch/upsert",
            """{"inputs":[{"id":"kept3@example.com","idProperty":"email","properties":{"lastname":"Upserted"}},{"id":"fresh@example.com","idProperty":"email","properties":{"firstname":"Fresh"}}]}"""));

        await Expect(HttpStatusCode.OK, http.PutAsync($"/crm/v4/objects/contacts/{contacts[0]}/associations/default/companies/{companies[0]}"));
        await Expect(HttpStatusCode.Created, http.PutAsync($"/crm/v4/objects/contacts/{contacts[1]}/associations/companies/{companies[1]}",
            """[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":1}]"""));
        var advisor = (await Expect(HttpStatusCode.OK, http.PostAsync("/crm/v4/associations/contacts/companies/labels",
            """{"label":"Advisor","name":"advisor","inverseLabel":"Advised"}""")))["results"][0].GetProperty("typeId").GetInt32();
        var temporary = (await Expect(HttpStatusCode.OK, http.PostAsync("/crm/v4/associations/contacts/companies/labels",
            """{"label":"Temporary","name":"temporary"}""")))["results"][0].GetProperty("typeId").GetInt32();
        await Expect(HttpStatusCode.Created, http.PostAsync("/crm/v4/associations/contacts/companies/batch/create",
            $$"""{"inputs":[{"from":{"id":"{{contacts[3]}}"},"to":{"id":"{{companies[2]}}"},"types":[{"associationCategory":"USER_DEFINED","associationTypeId":{{advisor}}}]},{"from":{"id":"{{contacts[4]}}"},"to":{"id":"{{companies[2]}}"},"types":[{"associationCategory":"USER_DEFINED","associationTypeId":{{temporary}}}]}]}"""));
        await Expect(HttpStatusCode.NoContent, http.SendAsync(HttpMethod.Put, "/crm/v4/associations/contacts/companies/labels",
            $$"""{"associationTypeId":{{advisor}},"label":"Trusted advisor"}"""));
        await Expect(HttpStatusCode.NoContent, http.DeleteAsync($"/crm/v4/associations/contacts/companies/labels/{temporary}"));
        await Expect(HttpStatusCode.NoContent, http.PostAsync("/crm/v4/associations/contacts/companies/batch/archive",
            $$"""{"inputs":[{"from":{"id":"{{contacts[1]}}"},"to":[{"id":"{{companies[1]}}"}]}]}"""));

        await Expect(HttpStatusCode.NoContent, http.DeleteAsync($"/crm/v3/objects/contacts/{contacts[5]}"));
        await Expect(HttpStatusCode.NoContent, http.PostAsync("/crm/v3/objects/contacts/batch/archive", $$"""{"inputs":[{"id":"{{contacts[6]}}"}]}"""));
        await Expect(HttpStatusCode.OK, http.PostAsync("/crm/v3/objects/contacts/merge", $$"""{"primaryObjectId":"{{contacts[7]}}","objectIdToMerge":"{{contacts[8]}}"}"""));
        await Expect(HttpStatusCode.NoContent, http.PostAsync("/crm/v3/objects/contacts/gdpr-delete", """{"objectId":"kept10@example.com","idProperty":"email"}"""));

        var pipeline = await Expect(HttpStatusCode.Created, http.PostAsync("/crm/v3/pipelines/deals",
            """{"label":"Kept pipeline","displayOrder":4,"stages":[{"label":"Open","displayOrder":0,"metadata":{"probability":"0.1"}},{"label":"Won","displayOrder":1,"metadata":{"probability":"1.0","isClosed":"true"}}]}"""));
        var pipelineId = pipeline["id"].GetString();
        var stage = (await Expect(HttpStatusCode.Created, http.PostAsync($"/crm/v3/pipelines/deals/{pipelineId}/stages",
            """{"label":"Later","displayOrder":2,"metadata":{"probability":"0.5"}}""")))["id"].GetString();
        await Expect(HttpStatusCode.OK, http.PatchAsync($"/crm/v3/pipelines/deals/{pipelineId}", """{"label":"Renamed pipeline"}"""));
        await Expect(HttpStatusCode.NoContent, http.DeleteAsync($"/crm/v3/pipelines/deals/{pipelineId}/stages/{stage}"));
        var won = pipeline["stages"][1].GetProperty("id").GetString();
        await Expect(HttpStatusCode.Created, http.PostAsync("/crm/v3/properties/contacts/groups", """{"name":"kept_group","label":"Kept group","displayOrder":3}"""));
        await Expect(HttpStatusCode.OK, http.PatchAsync("/crm/v3/properties/contacts/groups/kept_group", """{"label":"Renamed group"}"""));
        await Expect(HttpStatusCode.Created, http.PostAsync("/crm/v3/properties/contacts/groups", """{"name":"gone_group","label":"Gone"}"""));
        await Expect(HttpStatusCode.NoContent, http.DeleteAsync("/crm/v3/properties/contacts/groups/gone_group"));
        await Expect(HttpStatusCode.Created, http.PostAsync("/crm/v3/properties/contacts/batch/create",
            """{"inputs":[{"name":"kept_note","label":"Kept note","type":"string","fieldType":"text","groupName":"kept_group"},{"name":"gone_note","label":"Gone","type":"string","fieldType":"text","groupName":"kept_group"}]}"""));
        await Expect(HttpStatusCode.OK, http.PatchAsync("/crm/v3/properties/contacts/shoe_size", """{"label":"Shoe size (EU)","description":"Continental sizes"}"""));
        await Expect(HttpStatusCode.OK, http.PatchAsync("/crm/v3/properties/contacts/degree", """{"description":"Changed in a snapshot property"}"""));
        await Expect(HttpStatusCode.NoContent, http.DeleteAsync("/crm/v3/properties/contacts/gone_note"));
        await Expect(HttpStatusCode.Created, http.PostAsync("/crm/v3/objects/deals",
            $$$"""{"properties":{"dealname":"Piped","pipeline":"{{{pipelineId}}}","dealstage":"{{{won}}}"}}"""));
    }

    private static async Task<ApiResponse> Expect(HttpStatusCode status, Task<ApiResponse> request)
    {
        var response = await request;
        Assert.True(response.Status == status, $"Expected {status}, got {response.Status}: {response.Text}");
        return response;
    }

    private static List<string> Ids(ApiResponse batch) =>
        [.. batch["results"].EnumerateArray().Select(r => r.GetProperty("id").GetString()!).OrderBy(id => long.Parse(id, CultureInfo.InvariantCulture))];
}
