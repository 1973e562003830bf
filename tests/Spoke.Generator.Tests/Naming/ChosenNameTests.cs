using System.Text.Json.Nodes;
using Spoke.Generator.Tests.Harness;
using static Spoke.Generator.Tests.Fixtures.SnapshotJson;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// A name chosen in spoke.json is given first in its scope, before any name is derived, so an older property, an earlier option or
/// a HubSpot object named first cannot take it: that is what makes a pin hold. What gives way is told why (SPOKE101, SPOKE103).
/// </summary>
public sealed class ChosenNameTests
{
    [Fact]
    public void A_member_name_chosen_for_a_newer_property_is_not_taken_by_an_older_one()
    {
        var input = GeneratorInput.ForSnapshots(("contacts.json", Results(Dated(Property("email", label: "Email"), 1), Dated(Property("work_email", label: "Work email"), 2))))
            .WithFile("spoke.json", """{"objects": {"contacts": {"properties": {"work_email": {"name": "Email"}}}}}""");

        var run = GeneratorHarness.Run(input);

        var contact = NamingInputs.Names(input).FindObject("contacts")!;
        Assert.Equal(("Email_2", "Email"), (contact.FindProperty("email")!.MemberName, contact.FindProperty("work_email")!.MemberName));
        Assert.Contains(run.Diagnostics, diagnostic => diagnostic.Id == "SPOKE101"
            && diagnostic.GetMessage().StartsWith("In 'Contact', 'email' would be named 'Email', which is chosen in spoke.json for property 'work_email'; it is named 'Email_2' instead", StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_name_chosen_for_a_later_option_is_not_taken_by_an_earlier_one()
    {
        var input = GeneratorInput.ForSnapshots(("contacts.json", Results(Picklist("status", Option("Yes", "y"), Option("Sure", "sure")))))
            .WithFile("spoke.json", """{"objects": {"contacts": {"properties": {"status": {"options": {"sure": "Yes"}}}}}}""");

        GeneratorHarness.Run(input);

        var status = NamingInputs.Names(input).FindObject("contacts")!.FindProperty("status")!.Enum!;
        Assert.Equal(["Y", "Yes"], status.Options.Select(option => option.MemberName));
    }

    [Fact]
    public void A_name_chosen_for_an_option_the_snapshot_no_longer_has_is_not_kept_from_the_others()
    {
        var input = GeneratorInput.ForSnapshots(("contacts.json", Results(Picklist("status", Option("Yes", "y")))))
            .WithFile("spoke.json", """{"objects": {"contacts": {"properties": {"status": {"options": {"gone": "Yes"}}}}}}""");

        var run = GeneratorHarness.Run(input);

        Assert.Equal("Yes", Assert.Single(NamingInputs.Names(input).FindObject("contacts")!.FindProperty("status")!.Enum!.Options).MemberName);
        Assert.Contains(run.Diagnostics, diagnostic => diagnostic.Id == "SPOKE203");
    }

    [Fact]
    public void A_type_name_chosen_for_a_custom_object_is_not_taken_by_a_HubSpot_object_named_first()
    {
        var input = GeneratorInput.ForSnapshots(("tickets.json", Results(Property("subject"))), ("schemas.json", Schemas(CustomObject("2-5", "support_ticket", "Support Ticket", Property("code")))))
            .WithFile("spoke.json", """{"objects": {"support_ticket": {"typeName": "Ticket"}}}""");

        var run = GeneratorHarness.Run(input);

        var names = NamingInputs.Names(input);
        Assert.Equal(("Ticket2", "Ticket"), (names.FindObject("tickets")!.RecordName, names.FindObject("support_ticket")!.RecordName));
        Assert.Contains(run.Diagnostics, diagnostic => diagnostic.Id == "SPOKE103"
            && diagnostic.GetMessage().StartsWith("Object type 'tickets' (0-5) would generate type 'Ticket', which is chosen in spoke.json for object type 'support_ticket' (2-5)", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_objects_choosing_one_name_leave_it_to_the_one_named_first()
    {
        var input = GeneratorInput.ForSnapshots(("schemas.json", Schemas(CustomObject("2-5", "car", "Car", Property("code")), CustomObject("2-6", "van", "Van", Property("code")))))
            .WithFile("spoke.json", """{"objects": {"car": {"typeName": "Vehicle"}, "van": {"typeName": "Vehicle"}}}""");

        GeneratorHarness.Run(input);

        var names = NamingInputs.Names(input);
        Assert.Equal(("Vehicle", "Vehicle2"), (names.FindObject("car")!.RecordName, names.FindObject("van")!.RecordName));
    }

    private static JsonObject Dated(JsonObject property, int day)
    {
        property["createdAt"] = $"2020-01-{day:00}T00:00:00Z";
        return property;
    }
}
