namespace Spoke.Generator.Reading;

/// <summary>A HubSpot-defined object type the generator recognises from a snapshot's file name.</summary>
/// <param name="Name">The API name and snapshot file stem, for example <c>line_items</c>.</param>
/// <param name="TypeId">The object type id.</param>
/// <param name="Singular">The singular the record type is named from.</param>
/// <param name="RuntimeMember">The matching static member of <c>Spoke.CrmObjectType</c>.</param>
internal sealed record WellKnownObject(string Name, string TypeId, string Singular, string RuntimeMember)
{
    // Mirrors Spoke.CrmObjectType's well-known list; the generator cannot reference the runtime assembly.
    private static readonly WellKnownObject[] All =
    {
        new("contacts", "0-1", "contact", "Contacts"),
        new("companies", "0-2", "company", "Companies"),
        new("deals", "0-3", "deal", "Deals"),
        new("tickets", "0-5", "ticket", "Tickets"),
        new("products", "0-7", "product", "Products"),
        new("line_items", "0-8", "line_item", "LineItems"),
        new("quotes", "0-14", "quote", "Quotes"),
        new("communications", "0-18", "communication", "Communications"),
        new("feedback_submissions", "0-19", "feedback_submission", "FeedbackSubmissions"),
        new("tasks", "0-27", "task", "Tasks"),
        new("notes", "0-46", "note", "Notes"),
        new("meetings", "0-47", "meeting", "Meetings"),
        new("calls", "0-48", "call", "Calls"),
        new("emails", "0-49", "email", "Emails"),
        new("invoices", "0-53", "invoice", "Invoices"),
        new("marketing_events", "0-54", "marketing_event", "MarketingEvents"),
        new("subscriptions", "0-69", "subscription", "Subscriptions"),
        new("goal_targets", "0-74", "goal_target", "Goals"),
        new("commerce_payments", "0-101", "commerce_payment", "Payments"),
        new("users", "0-115", "user", "Users"),
        new("postal_mail", "0-116", "postal_mail", "PostalMail"),
        new("orders", "0-123", "order", "Orders"),
        new("leads", "0-136", "lead", "Leads"),
        new("carts", "0-142", "cart", "Carts"),
        new("services", "0-162", "service", "Services"),
        new("courses", "0-410", "course", "Courses"),
        new("listings", "0-420", "listing", "Listings"),
        new("appointments", "0-421", "appointment", "Appointments"),
        new("projects", "0-970", "project", "Projects"),
    };

    public static WellKnownObject? Find(string name)
    {
        foreach (var known in All)
        {
            if (string.Equals(known.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }
}
