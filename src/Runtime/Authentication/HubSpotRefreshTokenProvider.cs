using System.Text.Json;
using Spoke.Http;

namespace Spoke.Authentication;

/// <summary>
/// Gets OAuth access tokens for a public app from HubSpot's token endpoint (<c>POST /oauth/v1/token</c>,
/// <c>grant_type=refresh_token</c>). Set it as <see cref="HubSpotClientOptions.TokenProvider"/>; the client refreshes
/// shortly before each 30-minute token expires. The client secret and refresh token never appear in messages or logs.
/// </summary>
/// <remarks>
/// A public app's limit applies per installing account, so use one provider per install and share it between the
/// clients for that account: clients with the same provider share one rate-limit budget.
/// </remarks>
public sealed class HubSpotRefreshTokenProvider : HubSpotTokenProvider, IDisposable
{
    private const string TokenPath = "oauth/v1/token";

    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly Uri _tokenEndpoint;
    private readonly TimeProvider _timeProvider;
    private volatile string _refreshToken;

    /// <summary>Creates the provider.</summary>
    /// <param name="clientId">The app's client id.</param>
    /// <param name="clientSecret">The app's client secret.</param>
    /// <param name="refreshToken">The refresh token from the install's authorization code exchange.</param>
    /// <param name="baseAddress">The HubSpot API address; <see cref="HubSpotClientOptions.DefaultBaseAddress"/> when <see langword="null"/>.</param>
    /// <param name="httpClient">The HTTP client to use; the provider creates and owns one when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock that turns <c>expires_in</c> into an expiry; the system clock when <see langword="null"/>.</param>
    public HubSpotRefreshTokenProvider(
        string clientId,
        string clientSecret,
        string refreshToken,
        Uri? baseAddress = null,
        HttpClient? httpClient = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        _clientId = clientId;
        _clientSecret = clientSecret;
        _refreshToken = refreshToken;
        _tokenEndpoint = new Uri(baseAddress ?? HubSpotClientOptions.DefaultBaseAddress, TokenPath);
        _ownsHttpClient = httpClient is null;
        _httpClient = httpClient ?? new HttpClient(PrimaryHandlerFactory.Create());
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public override async ValueTask<HubSpotAccessToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "refresh_token"),
            new("client_id", _clientId),
            new("client_secret", _clientSecret),
            new("refresh_token", _refreshToken),
        ]);
        using var response = await _httpClient.PostAsync(_tokenEndpoint, form, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = HubSpotErrorReader.TryRead(body);
            var reason = WithoutSecrets(error?.Message ?? "no reason given");
            throw new HubSpotException(
                (int)response.StatusCode,
                $"HubSpot refused to refresh the OAuth access token ({(int)response.StatusCode}): {reason} "
                + "Check the client id and secret, and that the app is still installed; a revoked install needs a new authorization.")
            {
                Category = error?.Category,
                ServiceMessage = error?.Message is { } message ? WithoutSecrets(message) : null,
            };
        }

        var tokens = ReadTokenResponse(body);
        if (tokens.RefreshToken is { Length: > 0 } rotated)
        {
            _refreshToken = rotated;
        }

        return new HubSpotAccessToken(tokens.AccessToken!, _timeProvider.GetUtcNow().AddSeconds(tokens.ExpiresIn));
    }

    /// <summary>Releases the HTTP client if the provider created it.</summary>
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    /// <summary>Describes the provider without its secrets.</summary>
    /// <returns>The client id and endpoint.</returns>
    public override string ToString() => $"HubSpotRefreshTokenProvider (client {_clientId}, {_tokenEndpoint})";

    // An endpoint (or a proxy in front of it) may echo the form it was sent; the secrets must not travel on in the message.
    private string WithoutSecrets(string text)
    {
        foreach (var secret in new[] { _clientSecret, _refreshToken, Uri.EscapeDataString(_clientSecret), Uri.EscapeDataString(_refreshToken) })
        {
            text = text.Replace(secret, "REDACTED", StringComparison.Ordinal);
        }

        return text;
    }

    private static TokenResponse ReadTokenResponse(byte[] body)
    {
        TokenResponse? tokens;
        try
        {
            tokens = JsonSerializer.Deserialize(body, TokenResponseContext.Default.TokenResponse);
        }
        catch (JsonException exception)
        {
            throw new HubSpotException("HubSpot's token endpoint answered with a body that is not a token response.", exception);
        }

        return tokens is { AccessToken.Length: > 0, ExpiresIn: > 0 }
            ? tokens
            : throw new HubSpotException("HubSpot's token endpoint answered without an access token or expiry.");
    }
}
