using System.Globalization;
using Spoke.Http;
using Spoke.Json;
using Spoke.Paging;

namespace Spoke.Owners;

/// <summary>
/// The account's owners (<c>/crm/v3/owners</c>), through <see cref="HubSpotClient.Owners"/>: the users and queues records can
/// be assigned to. An owner's <see cref="HubSpotOwner.Id"/> is what <c>hubspot_owner_id</c> holds. Needs the token scope
/// <c>crm.objects.owners.read</c>; without it every call is a <see cref="HubSpotException"/> with status 403.
/// </summary>
/// <remarks>Every method is virtual: derive from this class with the protected constructor to fake it in tests.</remarks>
public class OwnersClient
{
    private readonly HubSpotClient? _client;

    /// <summary>Creates an owners client for mocking: every member a derived test double does not override throws <see cref="InvalidOperationException"/>.</summary>
    protected OwnersClient()
    {
    }

    internal OwnersClient(HubSpotClient client) => _client = client;

    /// <summary>
    /// Lists the account's owners, a page at a time (up to <see cref="HubSpotLimits.MaxOwnersPageSize"/> per request). HubSpot
    /// filters only by exact email; to find an owner by name, list them and match <see cref="HubSpotOwner.FullName"/>.
    /// </summary>
    /// <param name="email">Only the owner with this email address (HubSpot compares it ignoring case); <see langword="null"/> for all.</param>
    /// <param name="archived">List archived (deactivated) owners instead of active ones.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The owners; enumerate it, or page it with <see cref="CrmPageable{T}.AsPages"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="email"/> is empty or white space.</exception>
    public virtual CrmPageable<HubSpotOwner> ListAsync(string? email = null, bool archived = false, CancellationToken cancellationToken = default)
    {
        if (email is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(email);
        }

        var client = Client;
        return new CursorPageable<HubSpotOwner>(
            CursorListing.Owners,
            string.Create(CultureInfo.InvariantCulture, $"{email}\n{archived}"),
            (after, pageSize, token) => ListPageAsync(client, email, archived, after, pageSize, token),
            cancellationToken);
    }

    /// <summary>Reads one owner by its owner id.</summary>
    /// <param name="ownerId">The owner id, as <c>hubspot_owner_id</c> holds it.</param>
    /// <param name="archived">Look the id up among archived owners.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The owner.</returns>
    /// <exception cref="HubSpotException">404 when no owner has that id.</exception>
    public virtual async Task<HubSpotOwner> GetAsync(string ownerId, bool archived = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        var request = new HubSpotRequest(HttpMethod.Get, $"crm/v3/owners/{PathSegment.Escape(ownerId)}", RequestKind.Read)
        {
            Query = archived ? [new("archived", "true")] : [],
        };
        var response = await Client.SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var reader = JsonObjectWalker.Open(response.Content);
        return OwnerReader.Read(ref reader);
    }

    private HubSpotClient Client => _client ?? throw MockingErrors.NotOverridden(this);

    private static async Task<CursorPage<HubSpotOwner>> ListPageAsync(
        HubSpotClient client, string? email, bool archived, string? after, int pageSize, CancellationToken cancellationToken)
    {
        var query = new List<KeyValuePair<string, string>> { new("limit", pageSize.ToString(CultureInfo.InvariantCulture)) };
        if (email is not null)
        {
            query.Add(new("email", email));
        }

        if (archived)
        {
            query.Add(new("archived", "true"));
        }

        if (after is not null)
        {
            query.Add(new("after", after));
        }

        var response = await client.SendCoreAsync(new HubSpotRequest(HttpMethod.Get, "crm/v3/owners", RequestKind.Read) { Query = query }, cancellationToken)
            .ConfigureAwait(false);
        var page = CollectionPageReader.Read(response.Content, OwnerReader.Read);
        return new CursorPage<HubSpotOwner>(page.Results, page.After);
    }
}
