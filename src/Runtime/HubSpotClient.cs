using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Spoke.Account;
using Spoke.Associations;
using Spoke.Authentication;
using Spoke.Http;
using Spoke.Owners;
using Spoke.Pipelines;
using Spoke.Resilience;
using Spoke.Schema;

namespace Spoke;

/// <summary>
/// Typed access to one HubSpot account: records, search and batches here, associations in <see cref="Associations"/>, the
/// schema in <see cref="Schema"/>, pipelines in <see cref="Pipelines"/>, and any other endpoint through <see cref="SendAsync(HubSpotRequest, CancellationToken)"/>.
/// Thread-safe: create one per application (or register it with <c>services.AddHubSpot(…)</c>) and share it. Every request
/// draws from a client-side limiter shared by all clients that use the same token, and is retried when that is safe.
/// </summary>
/// <remarks>
/// Every service method is virtual: to fake HubSpot in a unit test, derive from this class with the protected parameterless
/// constructor and override what the code under test calls; build results with <see cref="HubSpotModelFactory"/>.
/// </remarks>
public partial class HubSpotClient : IDisposable
{
    private readonly HttpClient? _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly IAccessTokenSource? _tokenSource;
    private readonly HubSpotTransport? _transport;
    private readonly Uri? _baseAddress;
    private readonly AssociationsClient? _associations;
    private readonly SchemaClient? _schema;
    private readonly PipelinesClient? _pipelines;
    private readonly OwnersClient? _owners;
    private readonly AccountClient? _account;
    private bool _disposed;

    /// <summary>
    /// Creates a client for mocking: every member a derived test double does not override throws
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    protected HubSpotClient()
    {
    }

    /// <summary>Creates a client for a private app token or service key, with default options for the account's API tier.</summary>
    /// <param name="accessToken">The token (<c>pat-…</c>).</param>
    /// <param name="apiTier">The account and app kind, which sets the burst limit the client keeps to.</param>
    /// <exception cref="ArgumentException">The token is missing or malformed; the message says what to set.</exception>
    public HubSpotClient(string accessToken, HubSpotApiTier apiTier)
        : this(new HubSpotClientOptions { AccessToken = accessToken, ApiTier = apiTier })
    {
    }

    /// <summary>Creates a client that owns its own connection pool.</summary>
    /// <param name="options">Token, address, limits, timeouts and retries.</param>
    /// <exception cref="ArgumentException">An option cannot work; the message names it and what to set instead.</exception>
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
    /// <exception cref="ArgumentException">An option cannot work; the message names it and what to set instead.</exception>
    public HubSpotClient(HttpClient httpClient, HubSpotClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(httpClient, Validated(options), loggerFactory, ownsHttpClient: false)
    {
    }

    private HubSpotClient(HttpClient httpClient, HubSpotClientOptions options, ILoggerFactory? loggerFactory, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _baseAddress = options.BaseAddress;
        _tokenSource = options.TokenProvider is { } provider
            ? new RefreshingAccessTokenSource(provider, options.TokenRefreshMargin, options.TimeProvider)
            : new StaticAccessTokenSource(options.EffectiveAccessToken!);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<HubSpotClient>();
        _transport = new HubSpotTransport(httpClient, options, _tokenSource, logger);
        _associations = new AssociationsClient(this);
        _schema = new SchemaClient(this);
        _pipelines = new PipelinesClient(this);
        _owners = new OwnersClient(this);
        _account = new AccountClient(this);
    }

    /// <summary>The HubSpot API address this client talks to.</summary>
    public virtual Uri BaseAddress => _baseAddress ?? throw MockingErrors.NotOverridden(this, nameof(BaseAddress));

    /// <summary>Associations between records (HubSpot's v4 API) and the account's association labels.</summary>
    public virtual AssociationsClient Associations => _associations ?? throw MockingErrors.NotOverridden(this, nameof(Associations));

    /// <summary>The account's schema: property definitions, and drift from the schema the code was generated from.</summary>
    public virtual SchemaClient Schema => _schema ?? throw MockingErrors.NotOverridden(this, nameof(Schema));

    /// <summary>The pipelines and stages of deals, tickets and custom objects: read, create, change and archive them.</summary>
    public virtual PipelinesClient Pipelines => _pipelines ?? throw MockingErrors.NotOverridden(this, nameof(Pipelines));

    /// <summary>The account's owners: the users and queues records can be assigned to (<c>hubspot_owner_id</c>).</summary>
    public virtual OwnersClient Owners => _owners ?? throw MockingErrors.NotOverridden(this, nameof(Owners));

    /// <summary>The account's details (portal id, web app domain) and the scopes of the client's access token.</summary>
    public virtual AccountClient Account => _account ?? throw MockingErrors.NotOverridden(this, nameof(Account));

    /// <summary>
    /// Sends any HubSpot request through the client's rate limiter, retries, timeouts and token handling, and returns HubSpot's
    /// answer when it accepted the request (200, 201, 204 or 207).
    /// </summary>
    /// <param name="request">The request; see <see cref="HubSpotRequest"/> for what decides its retries and rate limits.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response, with its status, headers and content.</returns>
    /// <exception cref="HubSpotException">HubSpot refused the request, or it could not be completed in time.</exception>
    public virtual Task<HubSpotResponse> SendAsync(HubSpotRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(request, cancellationToken);
    }

    /// <summary>Releases the connection pool if the client created it.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Describes the client without revealing its token.</summary>
    /// <returns>The base address.</returns>
    public override string ToString() => _baseAddress is null ? "HubSpotClient (for mocking)" : $"HubSpotClient ({_baseAddress})";

    /// <summary>Releases the connection pool if the client created it, and the token provider's resources.</summary>
    /// <param name="disposing">Whether the call comes from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            return;
        }

        _disposed = true;
        (_tokenSource as IDisposable)?.Dispose();
        if (_ownsHttpClient)
        {
            _httpClient!.Dispose();
        }
    }

    /// <summary>Sends a request of the client's own operations; the public entry points have checked its arguments.</summary>
    internal Task<HubSpotResponse> SendCoreAsync(HubSpotRequest request, CancellationToken cancellationToken)
    {
        var transport = _transport ?? throw MockingErrors.NotOverridden(this);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return transport.SendAsync(request, cancellationToken);
    }

    /// <summary>Whether the token comes from a <see cref="HubSpotClientOptions.TokenProvider"/> (OAuth) rather than a fixed token.</summary>
    internal bool RefreshesAccessToken => _tokenSource is RefreshingAccessTokenSource;

    /// <summary>The access token valid now, for the endpoints that take the token itself as their argument.</summary>
    internal ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        (_tokenSource ?? throw MockingErrors.NotOverridden(this)).GetTokenAsync(cancellationToken);

    /// <summary>How many requests of <paramref name="kind"/> to have started to use the whole rate-limit budget.</summary>
    internal ConcurrencyAdvice ConcurrencyFor(RequestKind kind) => (_transport ?? throw MockingErrors.NotOverridden(this)).ConcurrencyFor(kind);

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
