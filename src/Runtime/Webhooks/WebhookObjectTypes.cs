namespace Spoke.Webhooks;

/// <summary>Maps the object part of a <c>subscriptionType</c> (<c>contact</c>, <c>line_item</c>, <c>object</c>) to its <see cref="CrmObjectType"/>.</summary>
internal static class WebhookObjectTypes
{
    /// <summary>The prefix of generic subscriptions (<c>object.propertyChange</c>) whose type is in <c>objectTypeId</c>.</summary>
    private const string GenericPrefix = "object";

    // The object types HubSpot's webhook subscriptions name, looked up without allocating the prefix.
    private static readonly Dictionary<string, CrmObjectType>.AlternateLookup<ReadOnlySpan<char>> ByPrefix =
        new Dictionary<string, CrmObjectType>(StringComparer.Ordinal)
        {
            ["contact"] = CrmObjectType.Contacts,
            ["company"] = CrmObjectType.Companies,
            ["deal"] = CrmObjectType.Deals,
            ["ticket"] = CrmObjectType.Tickets,
            ["product"] = CrmObjectType.Products,
            ["line_item"] = CrmObjectType.LineItems,
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The object type for a subscription prefix, or for a generic subscription the type named by its
    /// <c>objectTypeId</c>; <see langword="null"/> for events that are not about CRM records (e.g. conversations).
    /// </summary>
    public static CrmObjectType? Resolve(ReadOnlySpan<char> prefix, string? objectTypeId)
    {
        if (prefix.SequenceEqual(GenericPrefix))
        {
            return CrmObjectType.TryParse(objectTypeId, out var generic) ? generic : null;
        }

        if (ByPrefix.TryGetValue(prefix, out var known))
        {
            return known;
        }

        return CrmObjectType.TryParse(prefix.ToString(), out var other) ? other : null;
    }
}
