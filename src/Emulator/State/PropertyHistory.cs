using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State;

/// <summary>
/// The values each property of a record took, newest first, for <c>propertiesWithHistory</c>. A record keeps versions
/// only for properties changed after its creation (a value set at creation is its only version until then, stamped
/// with the creation time), and at most <see cref="MaxVersionsPerProperty"/> per property, so seeded and rarely changed
/// records cost nothing.
/// </summary>
internal static class PropertyHistory
{
    /// <summary>The emulator's bound on versions kept per property of a record; older ones are dropped.</summary>
    public const int MaxVersionsPerProperty = 20;

    /// <summary>Source type of values written through the API by a private app or integration.</summary>
    public const string IntegrationSource = "INTEGRATION";

    /// <summary>Source type of values HubSpot maintains itself (read-only properties).</summary>
    public const string CalculatedSource = "CALCULATED";

    /// <summary>Records a change of one property; call before the new value is stored.</summary>
    public static void Record(ObjectTypeDefinition type, CrmRecord record, string property, string? previous, string? value, DateTimeOffset at)
    {
        record.History ??= new Dictionary<string, List<PropertyVersion>>(StringComparer.Ordinal);
        if (!record.History.TryGetValue(property, out var versions))
        {
            record.History[property] = versions = [];
            if (previous is not null)
            {
                versions.Add(new PropertyVersion(previous, record.CreatedAt, SourceOf(type, property)));
            }
        }

        versions.Insert(0, new PropertyVersion(value ?? "", at, SourceOf(type, property)));
        if (versions.Count > MaxVersionsPerProperty)
        {
            versions.RemoveRange(MaxVersionsPerProperty, versions.Count - MaxVersionsPerProperty);
        }
    }

    /// <summary>The versions of one property, newest first; empty when it never had a value.</summary>
    public static IReadOnlyList<PropertyVersion> Of(ObjectTypeDefinition type, CrmRecord record, string property)
    {
        if (record.History?.GetValueOrDefault(property) is { } versions)
        {
            return versions;
        }

        if (record.Get(property) is not { } value)
        {
            return [];
        }

        // Stamps the emulator maintains on every write change without versions: their value is as old as the last write.
        var at = type.LastModifiedProperties.Contains(property) ? record.UpdatedAt : record.CreatedAt;
        return [new PropertyVersion(value, at, SourceOf(type, property))];
    }

    private static string SourceOf(ObjectTypeDefinition type, string property) =>
        type.TryGetProperty(property, out var definition) && definition.IsReadOnlyValue ? CalculatedSource : IntegrationSource;
}
