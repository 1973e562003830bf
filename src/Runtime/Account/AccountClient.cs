using Spoke.Http;

namespace Spoke.Account;

/// <summary>
/// The account and the token, through <see cref="HubSpotClient.Account"/>: the account's details (portal id, web app domain)
/// and what HubSpot says about the client's own private app token (its scopes). Neither call needs a scope.
/// </summary>
/// <remarks>Every method is virtual: derive from this class with the protected constructor to fake it in tests.</remarks>
public class AccountClient
{
    private const string PrivateAppTokenPrefix = "pat-";

    private readonly HubSpotClient? _client;

    /// <summary>Creates an account client for mocking: every member a derived test double does not override throws <see cref="InvalidOperationException"/>.</summary>
    protected AccountClient()
    {
    }

    internal AccountClient(HubSpotClient client) => _client = client;

    /// <summary>Reads the account's details (<c>GET /account-info/v3/details</c>): its portal id, web app domain, time zone and currency.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The details.</returns>
    /// <exception cref="HubSpotException">HubSpot refused the call.</exception>
    public virtual async Task<HubSpotAccountDetails> GetDetailsAsync(CancellationToken cancellationToken = default)
    {
        var response = await Client.SendCoreAsync(new HubSpotRequest(HttpMethod.Get, "account-info/v3/details", RequestKind.Read), cancellationToken)
            .ConfigureAwait(false);
        return AccountReader.ReadDetails(response.Content);
    }

    /// <summary>
    /// Asks HubSpot about the client's own private app token (<c>POST /oauth/v2/private-apps/get/access-token-info</c>, the
    /// token in the request body): its scopes, account and app.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token's description; never the token itself.</returns>
    /// <exception cref="NotSupportedException">
    /// The client uses an OAuth token (a <see cref="HubSpotClientOptions.TokenProvider"/>, or a token not starting with <c>pat-</c>).
    /// HubSpot describes those only at <c>GET /oauth/v1/access-tokens/{token}</c>, which puts the token in the address, where
    /// .NET's own HTTP tracing and <c>IHttpClientFactory</c> logging record it; the client never sends it there.
    /// </exception>
    /// <exception cref="HubSpotException">HubSpot refused the call, for example a token it does not know.</exception>
    public virtual async Task<HubSpotAccessTokenInfo> GetAccessTokenInfoAsync(CancellationToken cancellationToken = default)
    {
        var client = Client;
        var token = await client.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        if (client.RefreshesAccessToken || !token.StartsWith(PrivateAppTokenPrefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException(
                "HubSpot describes OAuth access tokens only at GET /oauth/v1/access-tokens/{token}, which puts the token in the request address, "
                + "where .NET's HTTP tracing and logging record it, so Spoke does not ask. The scopes of an OAuth token are those of the token response "
                + "and of the app's settings in HubSpot.");
        }

        var request = HubSpotRequest.WithJson(HttpMethod.Post, "oauth/v2/private-apps/get/access-token-info", RequestKind.Read, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("tokenKey", token);
            writer.WriteEndObject();
        });
        var response = await client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return AccountReader.ReadTokenInfo(response.Content);
    }

    private HubSpotClient Client => _client ?? throw MockingErrors.NotOverridden(this);
}
