using System.Net;
using Spoke.Associations;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Associations;

/// <summary>Creating a label when HubSpot's list of the pair's labels lags behind the write.</summary>
public sealed class AssociationLabelCreationTests
{
    private const string Created = """
        {"results":[{"category":"USER_DEFINED","typeId":101,"label":"Decision maker"},{"category":"USER_DEFINED","typeId":102,"label":"Decision maker"}]}
        """;

    [Fact]
    public async Task A_label_missing_from_the_listing_after_its_creation_is_reported_with_its_ids_and_not_created_again()
    {
        var server = ScriptedHttpHandler.Answering(request => request.Method == HttpMethod.Post
            ? Responses.Json(HttpStatusCode.OK, Created)
            : Responses.Json(HttpStatusCode.OK, """{"results":[{"category":"HUBSPOT_DEFINED","typeId":279,"label":null}]}"""));
        using var client = TestClients.Create(server, TestClients.Options());

        var error = await Assert.ThrowsAsync<HubSpotException>(
            () => client.Associations.CreateLabelAsync(CrmObjectType.Contacts, CrmObjectType.Companies, "Decision maker"));

        Assert.Contains("'Decision maker'", error.Message, StringComparison.Ordinal);
        Assert.Contains("101, 102", error.Message, StringComparison.Ordinal);
        Assert.Contains("GetLabelsAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal([HttpMethod.Post, HttpMethod.Get], server.Requests.Select(request => request.Method));
    }

    [Fact]
    public async Task The_new_type_of_this_direction_is_the_one_the_listing_shows_with_the_label()
    {
        var server = ScriptedHttpHandler.Answering(request => request.Method == HttpMethod.Post
            ? Responses.Json(HttpStatusCode.OK, Created)
            : Responses.Json(HttpStatusCode.OK, """{"results":[{"category":"HUBSPOT_DEFINED","typeId":279,"label":null},{"category":"USER_DEFINED","typeId":102,"label":"Decision maker"}]}"""));
        using var client = TestClients.Create(server, TestClients.Options());

        var created = await client.Associations.CreateLabelAsync(CrmObjectType.Contacts, CrmObjectType.Companies, "Decision maker");

        Assert.Equal(new AssociationTypeLabel(new AssociationSpec(AssociationCategory.UserDefined, 102), "Decision maker"), created);
    }
}
