using Spoke.Http;

namespace Spoke.Runtime.Tests.Http;

public sealed class PathSegmentTests
{
    [Theory]
    [InlineData("jon@example.com", "jon@example.com")]
    [InlineData("12345", "12345")]
    [InlineData("a b", "a%20b")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a?b#c", "a%3Fb%23c")]
    [InlineData("zoë", "zo%C3%AB")]
    [InlineData("100%", "100%25")]
    public void Escape_keeps_path_characters_HubSpot_expects_literally(string value, string expected) =>
        Assert.Equal(expected, PathSegment.Escape(value));

    [Fact]
    public void Object_path_keeps_the_at_sign_of_an_email_id() =>
        Assert.Equal("crm/v3/objects/contacts/jon@example.com", CrmPaths.Object(CrmObjectType.Contacts, "jon@example.com"));

    [Fact]
    public void Custom_objects_are_addressed_by_type_id() =>
        Assert.Equal("crm/v3/objects/2-3465404/search", CrmPaths.Search(CrmObjectType.Custom("shipment", "2-3465404")));
}
