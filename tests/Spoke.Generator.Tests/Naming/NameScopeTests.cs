using Spoke.Generator.Naming;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// One scope hands out each name once, with every name its shape claims, and says why a name was refused. Names are the ones
/// the shipped snapshots generate.
/// </summary>
public sealed class NameScopeTests
{
    private const string TakenByObject = "is already used by object type 'contacts' (0-1)";

    [Fact]
    public void A_free_name_is_given_as_asked()
    {
        var types = TypeScope();

        Assert.Equal("Contact", types.Allocate(NameShape.Record, "Contact", [], string.Empty, TakenByObject, out var conflict));
        Assert.Null(conflict);
    }

    [Theory]
    [InlineData("Contact")]
    [InlineData("contact")]
    [InlineData("ContactInput")]
    [InlineData("CONTACTFIELDS")]
    public void A_record_claims_its_input_and_fields_names_ignoring_case(string later)
    {
        var types = TypeScope();
        types.Allocate(NameShape.Record, "Contact", [], string.Empty, TakenByObject, out _);

        var name = types.Allocate(NameShape.Enum, later, [], "_", "is already used by a picklist", out var conflict);

        Assert.Equal(later + "_2", name);
        Assert.Equal(TakenByObject, conflict);
    }

    [Fact]
    public void A_custom_object_named_like_a_picklist_enum_gets_a_number()
    {
        var types = TypeScope();
        types.Allocate(NameShape.Record, "Contact", [], string.Empty, TakenByObject, out _);
        types.Allocate(NameShape.Enum, "ContactLifecycleStage", [], "_", "is already used by the picklist enum of property 'lifecyclestage' of object type 'contacts' (0-1)", out _);

        var name = types.Allocate(NameShape.Record, "ContactLifecycleStage", [], string.Empty, "is already used by object type 'lifecycle' (2-1)", out var conflict);

        Assert.Equal("ContactLifecycleStage2", name);
        Assert.Equal("is already used by the picklist enum of property 'lifecyclestage' of object type 'contacts' (0-1)", conflict);
    }

    [Theory]
    [InlineData("Search")]
    [InlineData("Where")]
    [InlineData("Properties")]
    [InlineData("ObjectType")]
    public void A_record_is_not_named_like_one_of_its_own_members(string singular)
    {
        var name = TypeScope().Allocate(NameShape.Record, singular, [], string.Empty, TakenByObject, out var conflict);

        Assert.Equal(singular + "2", name);
        Assert.Equal("is the name of one of its own members", conflict);
    }

    [Fact]
    public void The_first_free_alternative_comes_before_a_number()
    {
        var members = MemberScope();
        members.Allocate(NameShape.Property, "CreateDate", [], "_", "is already used by another property", out _);

        var name = members.Allocate(NameShape.Property, "CreateDate", ["HsCreateDate"], "_", "is already used by another property", out var conflict);

        Assert.Equal("HsCreateDate", name);
        Assert.Equal("is already used by another property", conflict);
    }

    [Fact]
    public void Member_names_compare_by_case_as_CSharp_does()
    {
        var members = MemberScope();
        members.Allocate(NameShape.Property, "TimeZone", [], "_", "is already used by another property", out _);

        Assert.Equal("Timezone", members.Allocate(NameShape.Property, "Timezone", [], "_", "is already used by another property", out var conflict));
        Assert.Null(conflict);
    }

    [Fact]
    public void A_property_claims_its_accessor_names()
    {
        var members = MemberScope();
        members.Allocate(NameShape.Property, "Email", [], "_", "is already used by another property", out _);

        Assert.Equal("get_Email_2", members.Allocate(NameShape.Property, "get_Email", [], "_", "is already used by another property", out var conflict));
        Assert.Equal("is already used by another property", conflict);
    }

    [Theory]
    [InlineData("Id")]
    [InlineData("Associations")]
    [InlineData("GetHashCode")]
    [InlineData("get_Id")]
    public void A_reserved_name_is_never_given(string preferred)
    {
        var members = MemberScope();
        foreach (var reserved in new[] { "Id", "Associations", "GetHashCode" })
        {
            members.Reserve(NameShape.Property, reserved, GeneratedMembers.ReservedBecause);
        }

        Assert.Equal(preferred + "_2", members.Allocate(NameShape.Property, preferred, [], "_", "is already used by another property", out var conflict));
        Assert.Equal(GeneratedMembers.ReservedBecause, conflict);
    }

    [Fact]
    public void Numbers_skip_what_is_taken()
    {
        var options = MemberScope();
        options.Allocate(NameShape.Single, "Yes", [], "_", "is already used by another option", out _);
        options.Allocate(NameShape.Single, "Yes_2", [], "_", "is already used by another option", out _);

        Assert.Equal("Yes_3", options.Allocate(NameShape.Single, "Yes", [], "_", "is already used by another option", out _));
    }

    private static NameScope TypeScope() => new(StringComparer.OrdinalIgnoreCase);

    private static NameScope MemberScope() => new(StringComparer.Ordinal);
}
