using System.Text.Json;
using Spoke.Json;

namespace Spoke.Account;

/// <summary>Reads the account-info details and a private app token's description.</summary>
internal static class AccountReader
{
    public static HubSpotAccountDetails ReadDetails(ReadOnlyMemory<byte> body)
    {
        var reader = JsonObjectWalker.Open(body);
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "the account details object");
        long? portalId = null;
        string? uiDomain = null, timeZone = null, currency = null, location = null, accountType = null;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("portalId"u8))
            {
                portalId = JsonObjectWalker.ReadInt64Value(ref reader);
            }
            else if (reader.ValueTextEquals("uiDomain"u8))
            {
                uiDomain = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("timeZone"u8))
            {
                timeZone = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("companyCurrency"u8))
            {
                currency = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("dataHostingLocation"u8))
            {
                location = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else if (reader.ValueTextEquals("accountType"u8))
            {
                accountType = JsonObjectWalker.ReadStringValue(ref reader);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return new HubSpotAccountDetails
        {
            PortalId = portalId ?? throw new JsonException("HubSpot returned account details without a portalId."),
            UiDomain = uiDomain,
            TimeZone = timeZone,
            CompanyCurrency = currency,
            DataHostingLocation = location,
            AccountType = accountType,
        };
    }

    /// <summary>Reads a private app token's description: <c>{"userId", "hubId", "appId", "scopes"}</c>.</summary>
    public static HubSpotAccessTokenInfo ReadTokenInfo(ReadOnlyMemory<byte> body)
    {
        var reader = JsonObjectWalker.Open(body);
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "the access token description");
        List<string>? scopes = null;
        long? hubId = null, appId = null, userId = null;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("scopes"u8))
            {
                reader.Read();
                scopes = JsonObjectWalker.ReadStringArray(ref reader);
            }
            else if (reader.ValueTextEquals("hubId"u8))
            {
                hubId = JsonObjectWalker.ReadInt64Value(ref reader);
            }
            else if (reader.ValueTextEquals("appId"u8))
            {
                appId = JsonObjectWalker.ReadInt64Value(ref reader);
            }
            else if (reader.ValueTextEquals("userId"u8))
            {
                userId = JsonObjectWalker.ReadInt64Value(ref reader);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return new HubSpotAccessTokenInfo
        {
            Scopes = scopes ?? throw new JsonException("HubSpot described the access token without its scopes."),
            HubId = hubId,
            AppId = appId,
            UserId = userId,
        };
    }
}
