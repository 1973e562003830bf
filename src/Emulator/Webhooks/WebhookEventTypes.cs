namespace Spoke.Emulator.Webhooks;

/// <summary>
/// HubSpot's webhook event types (<c>{object}.{kind}</c>): which ones a subscription may name, and which one an
/// emulator change fires.
/// </summary>
internal static class WebhookEventTypes
{
    /// <summary>The object part of generic subscriptions, which name the object type in <c>objectTypeId</c>.</summary>
    private const string GenericObject = "object";

    private static readonly Dictionary<string, string> ObjectsByTypeId = new(StringComparer.Ordinal)
    {
        ["0-1"] = "contact",
        ["0-2"] = "company",
        ["0-3"] = "deal",
        ["0-5"] = "ticket",
        ["0-7"] = "product",
        ["0-8"] = "line_item",
    };

    private static readonly string[] Kinds = ["creation", "deletion", "propertyChange", "associationChange", "restore", "merge", "privacyDeletion"];

    /// <summary>Why a subscription cannot be created, in HubSpot's words where known, or <see langword="null"/>.</summary>
    public static string? FindProblem(string? eventType, string? propertyName, string? objectTypeId)
    {
        if (string.IsNullOrEmpty(eventType))
        {
            return "eventType is required, e.g. contact.propertyChange.";
        }

        var dot = eventType.IndexOf('.');
        var objectName = dot < 0 ? eventType : eventType[..dot];
        var kind = dot < 0 ? "" : eventType[(dot + 1)..];
        if (!Kinds.Contains(kind, StringComparer.Ordinal)
            || (objectName != GenericObject && !ObjectsByTypeId.ContainsValue(objectName))
            || (kind == "privacyDeletion" && objectName != "contact")
            || (kind == "associationChange" && objectName == "product"))
        {
            return $"Unsupported eventType '{eventType}'. Use {{contact|company|deal|ticket|product|line_item|object}}.{{{string.Join('|', Kinds)}}}.";
        }

        if (objectName == GenericObject && string.IsNullOrEmpty(objectTypeId))
        {
            return $"objectTypeId is required for '{eventType}', e.g. 2-3465404 for a custom object.";
        }

        return kind == "propertyChange" && string.IsNullOrEmpty(propertyName)
            ? $"propertyName is required for '{eventType}': name the property to watch."
            : null;
    }

    /// <summary>Whether an active subscription receives an event for the change.</summary>
    public static bool Matches(WebhookSubscription subscription, EmulatorChange change)
    {
        if (!subscription.Active)
        {
            return false;
        }

        var kind = KindOf(change.Kind);
        var objectName = ObjectNameOf(change.ObjectTypeId);
        var typeMatches = subscription.EventType == $"{objectName}.{kind}"
            || (subscription.EventType == $"{GenericObject}.{kind}" && subscription.ObjectTypeId == change.ObjectTypeId);
        return typeMatches && (change.Kind != EmulatorChangeKind.PropertyChanged || subscription.PropertyName == change.PropertyName);
    }

    /// <summary>The <c>subscriptionType</c> an event for the change carries.</summary>
    public static string SubscriptionTypeOf(WebhookSubscription subscription, EmulatorChange change) =>
        subscription.EventType.StartsWith(GenericObject + ".", StringComparison.Ordinal)
            ? subscription.EventType
            : $"{ObjectNameOf(change.ObjectTypeId)}.{KindOf(change.Kind)}";

    /// <summary>HubSpot's association direction name, e.g. <c>CONTACT_TO_COMPANY</c>.</summary>
    public static string AssociationTypeOf(string fromTypeId, string? toTypeId) =>
        $"{ObjectNameOf(fromTypeId).ToUpperInvariant()}_TO_{ObjectNameOf(toTypeId ?? "").ToUpperInvariant()}";

    private static string ObjectNameOf(string objectTypeId) => ObjectsByTypeId.GetValueOrDefault(objectTypeId, GenericObject);

    private static string KindOf(EmulatorChangeKind kind) => kind switch
    {
        EmulatorChangeKind.Created => "creation",
        EmulatorChangeKind.PropertyChanged => "propertyChange",
        EmulatorChangeKind.Archived => "deletion",
        EmulatorChangeKind.PrivacyDeleted => "privacyDeletion",
        EmulatorChangeKind.Merged => "merge",
        EmulatorChangeKind.AssociationAdded or EmulatorChangeKind.AssociationRemoved => "associationChange",
        _ => kind.ToString(),
    };
}
