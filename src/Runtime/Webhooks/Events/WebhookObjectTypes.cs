namespace Spoke.Webhooks.Events;

/// <summary>Maps the singular prefix of a <c>subscriptionType</c> to the object type name the CRM API uses.</summary>
internal static class WebhookObjectTypes
{
    /// <summary>The prefix of generic subscriptions (<c>object.propertyChange</c>) whose type is in <c>objectTypeId</c>.</summary>
    public const string GenericPrefix = "object";

    private static readonly Dictionary<string, string> ApiNamesByPrefix = new(StringComparer.Ordinal)
    {
        ["contact"] = "contacts",
        ["company"] = "companies",
        ["deal"] = "deals",
        ["ticket"] = "tickets",
        ["product"] = "products",
        ["line_item"] = "line_items",
        ["quote"] = "quotes",
        ["call"] = "calls",
        ["email"] = "emails",
        ["meeting"] = "meetings",
        ["note"] = "notes",
        ["task"] = "tasks",
    };

    private static readonly Dictionary<string, string> ApiNamesByTypeId = new(StringComparer.Ordinal)
    {
        ["0-1"] = "contacts",
        ["0-2"] = "companies",
        ["0-3"] = "deals",
        ["0-5"] = "tickets",
        ["0-7"] = "products",
        ["0-8"] = "line_items",
        ["0-14"] = "quotes",
        ["0-48"] = "calls",
        ["0-49"] = "emails",
        ["0-47"] = "meetings",
        ["0-46"] = "notes",
        ["0-27"] = "tasks",
    };

    /// <summary>
    /// The API name for a subscription prefix (<c>contact</c> → <c>contacts</c>), or for a generic subscription the
    /// API name of its <c>objectTypeId</c> (a custom object keeps its id); <see langword="null"/> for non-CRM events.
    /// </summary>
    public static string? Resolve(ReadOnlySpan<char> prefix, string? objectTypeId)
    {
        if (prefix.SequenceEqual(GenericPrefix))
        {
            return objectTypeId is null ? null : ApiNamesByTypeId.GetValueOrDefault(objectTypeId, objectTypeId);
        }

        return ApiNamesByPrefix.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(prefix, out var name) ? name : null;
    }
}
