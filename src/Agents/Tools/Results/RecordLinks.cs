using Spoke.Account;

namespace Spoke.Agents.Tools.Results;

/// <summary>Makes the address of a record's page in HubSpot's web app, or none when the account's details are unknown.</summary>
/// <param name="Account">The account, or <see langword="null"/> when HubSpot would not describe it.</param>
/// <param name="ObjectType">The object type of the records.</param>
internal readonly record struct RecordLinks(HubSpotAccountDetails? Account, CrmObjectType ObjectType)
{
    /// <summary>Links nowhere: for results whose records need no link.</summary>
    public static RecordLinks None => default;

    /// <summary>The record's address, or <see langword="null"/>.</summary>
    public string? For(string recordId) =>
        Account is { } account && ObjectType is not null && !string.IsNullOrWhiteSpace(recordId) ? account.RecordUrl(ObjectType, recordId).AbsoluteUri : null;
}
