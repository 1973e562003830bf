namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// Changes between two pulls, each with what <c>Compare</c> must call it (kind, breaking or not, name before and after) and what
/// <c>Pin</c> must write: <c>kind path = name</c>.
/// </summary>
internal static class NameChangeScenarios
{
    private static readonly AccountVariant Base = new();

    public static readonly IReadOnlyDictionary<string, (AccountVariant Before, AccountVariant After, string[] Changes, string[] Pins)> All =
        new Dictionary<string, (AccountVariant, AccountVariant, string[], string[])>
        {
            ["relabelled option"] = (Base, Base with { HubSpotOptionLabel = "Hubspot" },
                ["breaking OptionRenamed contacts.hs_lead_status.hubspot HubSpot -> Hubspot"],
                ["OptionName $.objects.contacts.properties.hs_lead_status.options.hubspot = HubSpot (instead of Hubspot)"]),
            ["relabelled property"] = (Base, Base with { ScoreLabel = "Hubspot Score" },
                ["breaking PropertyRenamed contacts.hubspotscore HubSpotScore -> HubspotScore"],
                ["MemberName $.objects.contacts.properties.hubspotscore.name = HubSpotScore (instead of HubspotScore)"]),
            ["relabelled custom object"] = (Base, Base with { VendorSingular = "Hubspot Vendor" },
                ["breaking RecordRenamed vendors HubSpotVendor -> HubspotVendor", "breaking EnumRenamed vendors.tier HubSpotVendorTier -> HubspotVendorTier"],
                ["TypeName $.objects.vendors.typeName = HubSpotVendor (instead of HubspotVendor)"]),
            ["hs_ twin added"] = (Base, Base with { WithFoo = true },
                ["not breaking PropertyAdded contacts.foo  -> Foo", "breaking PropertyRenamed contacts.hs_foo Foo -> HsFoo", "breaking NameReassigned contacts.hs_foo Foo -> Foo"],
                ["MemberName $.objects.contacts.properties.hs_foo.name = Foo (instead of HsFoo)"]),
            ["HubSpot object named like a custom one"] = (Base with { VendorSingular = "Ticket" }, Base with { VendorSingular = "Ticket", WithTickets = true },
                [
                    "not breaking ObjectAdded tickets  -> Ticket", "breaking RecordRenamed vendors Ticket -> Ticket2", "breaking EnumRenamed vendors.tier TicketTier -> Ticket2Tier",
                    "breaking NameReassigned vendors Ticket -> Ticket",
                ],
                ["TypeName $.objects.vendors.typeName = Ticket (instead of Ticket2)"]),
            ["relabel that keeps every name"] = (Base, Base with { LeadStatusLabel = "Lead status (sales)", ScoreLabel = "HubSpot-Score (legacy)" },
                [], []),
            ["option removed"] = (Base, Base with { WithNewOption = false },
                ["breaking OptionRemoved contacts.hs_lead_status.NEW New -> "], []),
            ["option added"] = (Base, Base with { WithLostOption = true },
                ["not breaking OptionAdded contacts.hs_lead_status.LOST  -> Lost"], []),
            ["string became number"] = (Base, Base with { NotesType = "number" },
                ["breaking ValueTypeChanged contacts.notes string? -> decimal?"], []),
            ["picklist became string"] = (Base, Base with { LeadStatusType = "string", LeadStatusFieldType = "text" },
                ["breaking ValueTypeChanged contacts.hs_lead_status Picklist<ContactLeadStatus>? -> string?"], []),
            ["single select became multi-select"] = (Base, Base with { LeadStatusFieldType = "checkbox" },
                ["breaking ValueTypeChanged contacts.hs_lead_status Picklist<ContactLeadStatus>? -> IReadOnlyList<Picklist<ContactLeadStatus>>?"], []),
            ["property removed"] = (Base, Base with { WithNotes = false },
                ["breaking PropertyRemoved contacts.notes Notes -> "], []),
            ["property became read-only"] = (Base, Base with { NotesReadOnly = true },
                ["breaking BecameReadOnly contacts.notes Notes -> Notes"], []),
            ["property became writable"] = (Base with { NotesReadOnly = true }, Base,
                ["not breaking BecameWritable contacts.notes Notes -> Notes"], []),
            ["property added"] = (Base, Base with { WithRegion = true },
                ["not breaking PropertyAdded contacts.region  -> Region"], []),
            ["object removed"] = (Base, Base with { WithVendors = false },
                ["breaking ObjectRemoved vendors HubSpotVendor -> "], []),
            ["object added"] = (Base, Base with { WithTickets = true },
                ["not breaking ObjectAdded tickets  -> Ticket"], []),
        };

    public static TheoryData<string> Names => [.. All.Keys];
}
