namespace Spoke.Emulator.State;

/// <summary>One stored record. Changed only under the database's write lock, through its <see cref="ObjectCollection"/>.</summary>
internal sealed class CrmRecord(long id, DateTimeOffset createdAt)
{
    public long Id { get; } = id;

    /// <summary>The record's position in its collection's property columns; assigned when the collection adds it.</summary>
    public int Slot { get; set; } = -1;

    /// <summary>Property values in their stored wire form; an unset property has no entry.</summary>
    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>Versions of the properties changed since creation, newest first (see <see cref="PropertyHistory"/>); null until one changes.</summary>
    public Dictionary<string, List<PropertyVersion>>? History { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public DateTimeOffset? ArchivedAt { get; set; }

    public bool IsArchived => ArchivedAt.HasValue;

    public string? Get(string property) => Properties.GetValueOrDefault(property);
}
