using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spoke.Authentication;
using Spoke.Http;

namespace Spoke;

/// <summary>
/// Typed access to one HubSpot account. Thread-safe: create one per application (or register it with
/// <c>services.AddHubSpot(…)</c>) and share it. Every request draws from a client-side limiter shared by all clients
/// that use the same token, and is retried when that is safe.
/// </summary>
public sealed partial class HubSpotClient : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly IAccessTokenSource _tokenSource;
    private readonly HubSpotTransport _transport;
    private bool _disposed;

    /// <summary>Creates a client for a private app token or service key, with default options.</summary>
    /// <param name="accessToken">The token (<c>pat-…</c>).</param>
    public HubSpotClient(string accessToken)
        : this(new HubSpotClientOptions { AccessToken = accessToken })
    {
    }

    /// <summary>Creates a client that owns its own connection pool.</summary>
    /// <param name="options">Token, address, limits, timeouts and retries.</param>
    public HubSpotClient(HubSpotClientOptions options)
        : this(CreateOwnedHttpClient(options), options, loggerFactory: null, ownsHttpClient: true)
    {
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> from <c>IHttpClientFactory</c>. The client applies its own
    /// timeouts and ignores <see cref="HttpClient.Timeout"/> and <see cref="HttpClient.BaseAddress"/>; it does not
    /// dispose <paramref name="httpClient"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client to send through.</param>
    /// <param name="options">Token, address, limits, timeouts and retries.</param>
    /// <param name="loggerFactory">Where request logs go; none when <see langword="null"/>.</param>
    public HubSpotClient(HttpClient httpClient, HubSpotClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(httpClient, Validated(options), loggerFactory, ownsHttpClient: false)
    {
    }

    private HubSpotClient(HttpClient httpClient, HubSpotClientOptions options, ILoggerFactory? loggerFactory, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        BaseAddress = options.BaseAddress;
        _tokenSource = options.TokenProvider is { } provider
            ? new RefreshingAccessTokenSource(provider, options.TokenRefreshMargin, options.TimeProvider)
            : new StaticAccessTokenSource(options.AccessToken!.Trim());
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<HubSpotClient>();
        _transport = new HubSpotTransport(httpClient, options, _tokenSource, logger);
    }

    /// <summary>The HubSpot API address this client talks to.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Releases the connection pool if the client created it.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        (_tokenSource as IDisposable)?.Dispose();
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/> through the limiter, retry and timeout pipeline and returns HubSpot's accepted
    /// response (200, 201, 204 or 207).
    /// </summary>
    /// <exception cref="HubSpotException">HubSpot refused the request, or it could not be completed in time.</exception>
    internal async Task<HubSpotResponse> SendAsync(HubSpotRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Describes the client without revealing its token.</summary>
    /// <returns>The base address.</returns>
    public override string ToString() => $"HubSpotClient ({BaseAddress})";

    private static HubSpotClientOptions Validated(HubSpotClientOptions options)
    {
        HubSpotClientOptionsValidator.Validate(options);
        return options;
    }

    private static HttpClient CreateOwnedHttpClient(HubSpotClientOptions options)
    {
        // Validated before the handler exists, so invalid options never leak a connection pool.
        HubSpotClientOptionsValidator.Validate(options);
        return new HttpClient(PrimaryHandlerFactory.Create()) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
