namespace Spoke.Cli.Connection;

/// <summary>A <see cref="HubSpotClient"/> and the services that own its HTTP client; disposing the lease releases both.</summary>
internal sealed class HubSpotClientLease(IDisposable services, HubSpotClient client) : IDisposable
{
    /// <summary>The client.</summary>
    public HubSpotClient Client { get; } = client;

    /// <inheritdoc/>
    public void Dispose() => services.Dispose();
}
