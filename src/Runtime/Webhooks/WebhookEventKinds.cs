
namespace Spoke.Webhooks;

/// <summary>Splits a <c>subscriptionType</c> such as <c>deal.propertyChange</c> into its object prefix and kind.</summary>
internal static class WebhookEventKinds
{
    public static WebhookEventKind Parse(ReadOnlySpan<char> kind) => kind switch
    {
        "creation" => WebhookEventKind.Creation,
        "deletion" => WebhookEventKind.Deletion,
        "propertyChange" => WebhookEventKind.PropertyChange,
        "associationChange" => WebhookEventKind.AssociationChange,
        "restore" => WebhookEventKind.Restore,
        "merge" => WebhookEventKind.Merge,
        "privacyDeletion" => WebhookEventKind.PrivacyDeletion,
        "newMessage" => WebhookEventKind.NewMessage,
        _ => WebhookEventKind.Unknown,
    };

    public static WebhookEventKind Split(string subscriptionType, out ReadOnlySpan<char> objectPrefix)
    {
        var dot = subscriptionType.IndexOf('.');
        if (dot < 0)
        {
            objectPrefix = subscriptionType;
            return WebhookEventKind.Unknown;
        }

        objectPrefix = subscriptionType.AsSpan(0, dot);
        return Parse(subscriptionType.AsSpan(dot + 1));
    }
}
