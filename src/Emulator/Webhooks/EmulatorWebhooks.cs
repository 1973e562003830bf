namespace Spoke.Emulator.Webhooks;

/// <summary>The emulated app's webhooks: its settings and subscriptions, and the dispatcher that delivers events.</summary>
internal sealed class EmulatorWebhooks : IDisposable
{
    public EmulatorWebhooks(HubSpotEmulatorOptions options, EmulatorChangeFeed changes)
    {
        Options = options.Webhooks;
        Registry = new WebhookRegistry();
        Dispatcher = new WebhookDispatcher(Options, Registry, changes, options.PortalId, options.TimeProvider, options.DataSeed);
    }

    public EmulatorWebhookOptions Options { get; }

    public WebhookRegistry Registry { get; }

    public WebhookDispatcher Dispatcher { get; }

    public void Dispose() => Dispatcher.Dispose();
}
