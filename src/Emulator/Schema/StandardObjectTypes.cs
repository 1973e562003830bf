namespace Spoke.Emulator.Schema;

/// <summary>HubSpot's standard object types: ids from HubSpot's table and the per-object read and search defaults.</summary>
internal static class StandardObjectTypes
{
    private static readonly Dictionary<string, StandardObjectType> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["contacts"] = new("0-1", "contact",
            ["firstname", "lastname", "email"],
            ["firstname", "lastname", "email", "phone", "hs_additional_emails", "fax", "mobilephone", "company", "hs_marketable_until_renewal"]),
        ["companies"] = new("0-2", "company", ["name", "domain"], ["website", "phone", "name", "domain"]) { RequiredOneOf = ["name", "domain"] },
        ["deals"] = new("0-3", "deal",
            ["dealname", "amount", "closedate", "pipeline", "dealstage"],
            ["dealname", "pipeline", "dealstage", "description", "dealtype"]) { Required = ["dealname", "dealstage"] },
        ["tickets"] = new("0-5", "ticket",
            ["content", "hs_pipeline", "hs_pipeline_stage", "hs_ticket_category", "hs_ticket_priority", "subject"],
            ["subject", "content", "hs_pipeline_stage", "hs_ticket_category", "hs_ticket_id"]) { Required = ["subject", "hs_pipeline_stage"] },
        ["products"] = new("0-7", "product", ["name", "description", "price"], ["name", "description", "price", "hs_sku"]),
        ["line_items"] = new("0-8", "line_item", ["name", "quantity", "price", "amount"], ["name", "description", "price", "hs_sku"]),
        ["quotes"] = new("0-14", "quote", ["hs_title", "hs_expiration_date"], ["hs_title", "hs_quote_number"]) { Required = ["hs_title", "hs_expiration_date"] },
        ["calls"] = new("0-48", "call", ["hs_call_title"], ["hs_call_title", "hs_body_preview"]) { Required = ["hs_timestamp"] },
        ["emails"] = new("0-49", "email", ["hs_email_subject"], ["hs_email_subject"]) { Required = ["hs_timestamp", "hs_email_direction"] },
        ["meetings"] = new("0-47", "meeting", ["hs_meeting_title"], ["hs_meeting_title", "hs_meeting_body"]) { Required = ["hs_timestamp"] },
        ["notes"] = new("0-46", "note", ["hs_note_body"], ["hs_note_body"]) { Required = ["hs_timestamp"] },
        ["tasks"] = new("0-27", "task", ["hs_task_subject"], ["hs_task_body", "hs_task_subject"]) { Required = ["hs_timestamp"] },
    };

    public static bool TryGet(string name, out StandardObjectType type) => ByName.TryGetValue(name, out type!);

    /// <summary>The API name of a standard type from its id, e.g. <c>0-1</c> → <c>contacts</c>.</summary>
    public static string? NameOfTypeId(string typeId) => ByName.FirstOrDefault(pair => pair.Value.TypeId == typeId).Key;
}

/// <summary>
/// The fixed facts of one standard object type. <see cref="Required"/> and <see cref="RequiredOneOf"/> are the create
/// requirements of HubSpot's object guide (a deal's <c>pipeline</c> is left out: a deal without one goes to the default
/// pipeline).
/// </summary>
internal sealed record StandardObjectType(
    string TypeId,
    string SingularName,
    IReadOnlyList<string> DefaultProperties,
    IReadOnlyList<string> QueryProperties)
{
    /// <summary>Properties a create must give a value.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>Properties of which a create must give at least one a value (companies: name or domain).</summary>
    public IReadOnlyList<string> RequiredOneOf { get; init; } = [];
}
