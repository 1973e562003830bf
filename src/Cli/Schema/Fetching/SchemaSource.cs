namespace Spoke.Cli.Schema.Fetching;

/// <summary>One schema endpoint to read and the snapshot file its body goes to.</summary>
/// <param name="Description">What is read, for progress messages (for example <c>contacts properties</c>).</param>
/// <param name="RelativePath">The path below the API root, already escaped.</param>
/// <param name="FileName">The snapshot file name.</param>
/// <param name="SkipWhenUnknown">
/// Whether an account that does not know the object type (HubSpot answers 400 or 404) skips this source instead of
/// failing the pull: true for the standard objects <c>--all</c> adds, false for objects the user named.
/// </param>
internal sealed record SchemaSource(string Description, string RelativePath, string FileName, bool SkipWhenUnknown = false)
{
    /// <summary><c>GET /crm/v3/properties/{objectType}</c>.</summary>
    public static SchemaSource Properties(string objectType) =>
        new($"{objectType} properties", $"crm/v3/properties/{Uri.EscapeDataString(objectType)}", Snapshots.SnapshotFileNames.ForObjectType(objectType));

    /// <summary><c>GET /crm/v3/properties/{objectType}</c>, skipped when the account does not have the object type.</summary>
    public static SchemaSource PropertiesIfPresent(string objectType) => Properties(objectType) with { SkipWhenUnknown = true };

    /// <summary><c>GET /crm/v3/schemas</c>: every custom object with its properties and association definitions.</summary>
    public static SchemaSource CustomObjectSchemas { get; } =
        new("custom object schemas", "crm/v3/schemas", Snapshots.SnapshotFileNames.CustomObjectSchemas);
}
