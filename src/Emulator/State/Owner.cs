namespace Spoke.Emulator.State;

/// <summary>A user who can own records; its <see cref="Id"/> is the value of <c>hubspot_owner_id</c>.</summary>
internal sealed record Owner(string Id, string Email, string FirstName, string LastName, long UserId, DateTimeOffset CreatedAt);
