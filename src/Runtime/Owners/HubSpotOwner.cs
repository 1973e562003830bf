namespace Spoke.Owners;

/// <summary>
/// A HubSpot owner: a user (or queue) that records can be assigned to, as <c>GET /crm/v3/owners</c> returns it. Its
/// <see cref="Id"/> is the value of owner properties such as <c>hubspot_owner_id</c>; the <see cref="UserId"/> is not.
/// </summary>
public sealed record HubSpotOwner
{
    /// <summary>The owner id: the value to write to <c>hubspot_owner_id</c> and other owner properties.</summary>
    public required string Id { get; init; }

    /// <summary>The owner's email address, if HubSpot sent one.</summary>
    public string? Email { get; init; }

    /// <summary>The owner's first name, if any.</summary>
    public string? FirstName { get; init; }

    /// <summary>The owner's last name, if any.</summary>
    public string? LastName { get; init; }

    /// <summary><c>PERSON</c> or <c>QUEUE</c>, as HubSpot sent it.</summary>
    public string? Type { get; init; }

    /// <summary>The HubSpot user id of an active owner; <see langword="null"/> for an archived one. Never an owner property value.</summary>
    public long? UserId { get; init; }

    /// <summary>Whether the owner is archived (deactivated).</summary>
    public bool Archived { get; init; }

    /// <summary>The teams the owner belongs to; empty when none.</summary>
    public IReadOnlyList<HubSpotOwnerTeam> Teams { get; init; } = [];

    /// <summary>When the owner was created, if HubSpot said.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the owner (not the user) last changed, if HubSpot said.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The first and last name joined by a space, or <see langword="null"/> when the owner has neither.</summary>
    public string? FullName =>
        string.Join(' ', new[] { FirstName, LastName }.Where(static part => !string.IsNullOrWhiteSpace(part))) is { Length: > 0 } name ? name : null;
}
