namespace Spoke.Emulator.Seeding;

/// <summary>Which properties each seeded record of a standard type gets.</summary>
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

    /// <summary>How many further writable properties, picked at random, each seeded record also gets.</summary>
    public const int ExtraPropertiesPerRecord = 3;

    /// <summary>Types seeded first, so later types can be associated with them.</summary>
    public static readonly string[] Order = ["0-2", "0-1", "0-3", "0-5", "0-8"];

    public static IReadOnlyList<string> Core(string typeName) => CoreProperties.GetValueOrDefault(typeName) ?? [];
}
