using System.Text.Json.Nodes;
using Spoke.Generator.Tests.Harness;
using static Spoke.Generator.Tests.Fixtures.SnapshotJson;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// A small account, and the changes an admin or HubSpot makes to one between two schema pulls: relabels, a new property beside
/// its <c>hs_</c> twin, removed options, changed types. Every name in it comes from a label, so relabels show.
/// </summary>
internal sealed record AccountVariant
{
    public string ScoreLabel { get; init; } = "HubSpot Score";

    public string HubSpotOptionLabel { get; init; } = "HubSpot";

    public string LeadStatusLabel { get; init; } = "Lead Status";

    public string LeadStatusType { get; init; } = "enumeration";

    public string LeadStatusFieldType { get; init; } = "select";

    public bool WithNewOption { get; init; } = true;

    public bool WithLostOption { get; init; }

    public bool WithFoo { get; init; }

    public bool WithNotes { get; init; } = true;

    public string NotesType { get; init; } = "string";

    public bool NotesReadOnly { get; init; }

    public bool WithRegion { get; init; }

    public string VendorSingular { get; init; } = "HubSpot Vendor";

    public bool WithVendors { get; init; } = true;

    public bool WithTickets { get; init; }

    public GeneratorInput Input()
    {
        var options = new List<JsonObject> { Option(HubSpotOptionLabel, "hubspot") };
        if (WithNewOption)
        {
            options.Add(Option("New", "NEW"));
        }

        options.Add(Option("Open", "OPEN"));
        if (WithLostOption)
        {
            options.Add(Option("Lost", "LOST"));
        }

        var properties = new List<JsonObject>
        {
            Dated(Property("hubspotscore", "number", "number", label: ScoreLabel), 1),
            Dated(Property("hs_lead_status", LeadStatusType, LeadStatusFieldType, label: LeadStatusLabel, options: LeadStatusType == "enumeration" ? options : []), 2),
            Dated(Property("hs_foo", label: "Foo"), 3),
        };
        if (WithNotes)
        {
            properties.Add(Dated(Property("notes", NotesType, NotesType == "number" ? "number" : "textarea", label: "Notes", readOnlyValue: NotesReadOnly), 4));
        }

        if (WithFoo)
        {
            properties.Add(Dated(Property("foo", label: "Foo"), 5));
        }

        if (WithRegion)
        {
            properties.Add(Dated(Property("region", label: "Region"), 6));
        }

        var input = GeneratorInput.ForSnapshots(("contacts.json", Results(properties)));
        if (WithVendors)
        {
            input = input.WithFile("schemas.json", Schemas(CustomObject("2-100", "vendors", VendorSingular, Picklist("tier", Option("Gold", "gold"), Option("Silver", "silver")).WithLabel("Tier"))));
        }

        return WithTickets ? input.WithFile("tickets.json", Results(Property("subject", label: "Subject"))) : input;
    }

    private static JsonObject Dated(JsonObject property, int day)
    {
        property["createdAt"] = $"2020-01-{day:00}T00:00:00Z";
        return property;
    }
}
