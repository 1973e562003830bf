using System.Text;
using Spoke.Associations;

namespace Spoke.Runtime.Tests.Associations;

public sealed class AssociationsResponseReaderTests
{
    [Fact]
    public void Reads_numeric_ids_labels_and_paging_of_the_v4_listing()
    {
        const string body = """
            { "results": [
                { "toObjectId": 5790939450, "associationTypes": [ { "category": "HUBSPOT_DEFINED", "typeId": 279, "label": null } ] },
                { "toObjectId": "17705714757", "associationTypes": [ { "category": "HUBSPOT_DEFINED", "typeId": 279, "label": null },
                                                                   { "category": "USER_DEFINED", "typeId": 30, "label": "Decision maker" } ] } ],
              "paging": { "next": { "after": "MTc3MDU3MTQ3NTc=", "link": "ignored" } } }
            """;

        var page = AssociationsResponseReader.ReadPage(Encoding.UTF8.GetBytes(body));

        Assert.Equal(["5790939450", "17705714757"], page.Values.Select(record => record.ToObjectId));
        Assert.True(page.Values[1].Has(new AssociationSpec(AssociationCategory.UserDefined, 30)));
        Assert.Equal("Decision maker", page.Values[1].Types[1].Label);
        Assert.Equal("MTc3MDU3MTQ3NTc=", page.After);
    }

    [Fact]
    public void Reads_a_type_id_sent_as_text_and_rejects_one_that_is_not_a_whole_number_by_name()
    {
        var types = AssociationsResponseReader.ReadTypes(Encoding.UTF8.GetBytes("""{"results":[{"category":"USER_DEFINED","typeId":"30","label":"Decision maker"}]}"""));
        var error = Assert.Throws<System.Text.Json.JsonException>(
            () => AssociationsResponseReader.ReadTypes(Encoding.UTF8.GetBytes("""{"results":[{"category":"USER_DEFINED","typeId":"thirty","label":"Decision maker"}]}""")));

        Assert.Equal([new AssociationTypeLabel(new AssociationSpec(AssociationCategory.UserDefined, 30), "Decision maker")], types);
        Assert.Contains("'thirty'", error.Message, StringComparison.Ordinal);
    }
}
