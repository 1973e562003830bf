using System.Globalization;

namespace Spoke.Account;

/// <summary>The account a token belongs to, as <c>GET /account-info/v3/details</c> returns it.</summary>
public sealed record HubSpotAccountDetails
{
    /// <summary>The address of HubSpot's web app when the account does not say (<c>app.hubspot.com</c>).</summary>
    public const string DefaultUiDomain = "app.hubspot.com";

    /// <summary>The account id (hub id), which HubSpot's web app puts in every record address.</summary>
    public required long PortalId { get; init; }

    /// <summary>The host of HubSpot's web app for the account, for example <c>app.hubspot.com</c> or <c>app-eu1.hubspot.com</c>.</summary>
    public string? UiDomain { get; init; }

    /// <summary>The account's time zone, for example <c>US/Eastern</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The account's company currency, for example <c>USD</c>.</summary>
    public string? CompanyCurrency { get; init; }

    /// <summary>Where the account's data is hosted, for example <c>na1</c> or <c>eu1</c>.</summary>
    public string? DataHostingLocation { get; init; }

    /// <summary><c>STANDARD</c>, <c>SANDBOX</c>, <c>DEVELOPER_TEST</c> or <c>APP_DEVELOPER</c>, as HubSpot sent it.</summary>
    public string? AccountType { get; init; }

    /// <summary>
    /// The address of a record's page in HubSpot's web app: <c>https://{UiDomain}/contacts/{PortalId}/record/{typeId}/{id}</c>.
    /// A <see cref="UiDomain"/> that is not a plain host name is not used; <see cref="DefaultUiDomain"/> is.
    /// </summary>
    /// <param name="objectType">The record's object type; its type id (<c>0-1</c>, <c>2-3465404</c>) goes in the address.</param>
    /// <param name="recordId">The record id.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentException"><paramref name="recordId"/> is empty.</exception>
    public Uri RecordUrl(CrmObjectType objectType, string recordId)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordId);
        var host = UiDomain is { Length: > 0 } domain && Uri.CheckHostName(domain) == UriHostNameType.Dns ? domain : DefaultUiDomain;
        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"https://{host}/contacts/{PortalId}/record/{Uri.EscapeDataString(objectType.TypeId)}/{Uri.EscapeDataString(recordId)}"));
    }
}
