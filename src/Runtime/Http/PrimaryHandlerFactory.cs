namespace Spoke.Http;

/// <summary>The socket handler every Spoke-created HTTP client uses.</summary>
internal static class PrimaryHandlerFactory
{
    public static SocketsHttpHandler Create() => new()
    {
        // Redirects are not followed so the bearer token can never be forwarded to another host.
        AllowAutoRedirect = false,
        // Long-lived clients pick up DNS changes by recycling pooled connections.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
