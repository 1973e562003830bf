using System.Text.Json;
using Spoke.Account;
using Spoke.Agents.Tools.Results;

namespace Spoke.Agents.Tools;

/// <summary>
/// The account's details (portal id, web app domain), read from HubSpot once for record links. A failure (a token without
/// access to account-info, HubSpot down) means no links, not a failed call: it is remembered for
/// <see cref="LiveSchemaCache.TimeToLive"/> and then tried again.
/// </summary>
internal sealed class AccountDetailsCache
{
    private readonly HubSpotClient _client;
    private readonly TimeProvider _time;
    private HubSpotAccountDetails? _details;
    private DateTimeOffset? _failedAt;

    public AccountDetailsCache(HubSpotClient client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    /// <summary>The account's details, or <see langword="null"/> when HubSpot would not give them.</summary>
    public async Task<HubSpotAccountDetails?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_details is { } details)
        {
            return details;
        }

        if (_failedAt is { } failedAt && _time.GetUtcNow() - failedAt < LiveSchemaCache.TimeToLive)
        {
            return null;
        }

        try
        {
            return _details = await _client.Account.GetDetailsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HubSpotException or JsonException)
        {
            _failedAt = _time.GetUtcNow();
            return null;
        }
    }

    /// <summary>The links of records of one object type in this account; none when the account's details are unknown.</summary>
    public async Task<RecordLinks> LinksAsync(CrmObjectType objectType, CancellationToken cancellationToken = default) =>
        new(await GetAsync(cancellationToken).ConfigureAwait(false), objectType);
}
