namespace Spoke.Emulator.Seeding;

/// <summary>Which properties each seeded record of a standard type gets, and deal and ticket pipeline values.</summary>
internal static class SeedPlan
{
    private static readonly Dictionary<string, string[]> CoreProperties = new(StringComparer.Ordinal)
    {
        ["contacts"] = ["firstname", "lastname", "email", "phone", "company", "jobtitle", "city", "state", "country", "lifecyclestage", "hs_lead_status", "hubspot_owner_id"],
        ["companies"] = ["name", "domain", "industry", "city", "state", "country", "phone", "numberofemployees", "annualrevenue", "lifecyclestage", "hubspot_owner_id", "description"],
        ["deals"] = ["dealname", "amount", "closedate", "dealtype", "hubspot_owner_id", "description"],
        ["tickets"] = ["subject", "content", "hs_ticket_priority", "hs_ticket_category", "hubspot_owner_id"],
        ["line_items"] = ["name", "quantity", "price", "description"],
    };

    /// <summary>HubSpot's default sales pipeline stages.</summary>
    public static readonly string[] DealStages = ["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost"];

    /// <summary>HubSpot's default support pipeline stages (New, Waiting on contact, Waiting on us, Closed).</summary>
    public static readonly string[] TicketStages = ["1", "2", "3", "4"];

    /// <summary>How many further writable properties, picked at random, each seeded record also gets.</summary>
    public const int ExtraPropertiesPerRecord = 3;

    /// <summary>Types seeded first, so later types can be associated with them.</summary>
    public static readonly string[] Order = ["0-2", "0-1", "0-3", "0-5", "0-8"];

    public static IReadOnlyList<string> Core(string typeName) => CoreProperties.GetValueOrDefault(typeName) ?? [];
}
