using Spoke.Emulator.Http;

namespace Spoke.Emulator.Webhooks;

/// <summary>The emulated app's webhook settings and subscriptions. Thread-safe.</summary>
internal sealed class WebhookRegistry
{
    /// <summary>HubSpot's limit of subscriptions per app.</summary>
    public const int MaxSubscriptions = 1000;

    private readonly Lock gate = new();
    private readonly SortedDictionary<long, WebhookSubscription> subscriptions = [];
    private WebhookSettings? settings;
    private long lastSubscriptionId;

    public WebhookSettings? Settings
    {
        get
        {
            lock (gate)
            {
                return settings;
            }
        }
    }

    public WebhookSettings PutSettings(Uri targetUrl, int maxConcurrentRequests, string period, DateTimeOffset now)
    {
        lock (gate)
        {
            settings = new WebhookSettings(targetUrl, maxConcurrentRequests, period, settings?.CreatedAt ?? now, now);
            return settings;
        }
    }

    public bool DeleteSettings()
    {
        lock (gate)
        {
            var existed = settings is not null;
            settings = null;
            return existed;
        }
    }

    public IReadOnlyList<WebhookSubscription> List()
    {
        lock (gate)
        {
            return [.. subscriptions.Values];
        }
    }

    public WebhookSubscription? Find(long id)
    {
        lock (gate)
        {
            return subscriptions.GetValueOrDefault(id);
        }
    }

    public WebhookSubscription Create(string eventType, string? propertyName, string? objectTypeId, bool active, DateTimeOffset now)
    {
        lock (gate)
        {
            if (subscriptions.Count >= MaxSubscriptions)
            {
                throw ApiProblem.Validation(
                    $"Couldn't create another subscription. You've reached the maximum number allowed per application ({MaxSubscriptions}).");
            }

            var subscription = new WebhookSubscription(++lastSubscriptionId, eventType, propertyName, objectTypeId, active, now, now);
            subscriptions.Add(subscription.Id, subscription);
            return subscription;
        }
    }

    public WebhookSubscription? SetActive(long id, bool active, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!subscriptions.TryGetValue(id, out var subscription))
            {
                return null;
            }

            subscription = subscription with { Active = active, UpdatedAt = now };
            subscriptions[id] = subscription;
            return subscription;
        }
    }

    public bool Delete(long id)
    {
        lock (gate)
        {
            return subscriptions.Remove(id);
        }
    }

    /// <summary>The active subscriptions that receive an event for the change.</summary>
    public IReadOnlyList<WebhookSubscription> Matching(EmulatorChange change)
    {
        lock (gate)
        {
            return settings is null ? [] : [.. subscriptions.Values.Where(subscription => WebhookEventTypes.Matches(subscription, change))];
        }
    }
}
