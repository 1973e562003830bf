namespace Spoke.Owners;

/// <summary>A team an owner belongs to.</summary>
/// <param name="Id">The team id.</param>
/// <param name="Name">The team name.</param>
/// <param name="Primary">Whether it is the owner's primary team.</param>
public sealed record HubSpotOwnerTeam(string Id, string? Name, bool Primary);
