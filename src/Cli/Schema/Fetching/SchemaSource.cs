namespace Spoke.Cli.Schema.Fetching;

/// <summary>One schema endpoint to read and the snapshot file its body goes to.</summary>
/// <param name="Description">What is read, for progress messages (for example <c>contacts properties</c>).</param>
/// <param name="RelativePath">The path below the API root, already escaped.</param>
/// <param name="FileName">The snapshot file name.</param>
/// <param name="SkipWhenUnknown">
/// Whether an account that does not know the object type (HubSpot answers 400 or 404) skips this source instead of
/// failing the pull: true for the standard objects <c>--all</c> adds, false for objects the user named.
/// </param>
/// <param name="Verbatim">
/// Whether the body is written exactly as HubSpot sent it (pipelines), rather than in the canonical layout of property snapshots.
/// </param>
internal sealed record SchemaSource(string Description, string RelativePath, string FileName, bool SkipWhenUnknown = false, bool Verbatim = false)
{
    /// <summary><c>GET /crm/v3/properties/{objectType}</c>.</summary>
    public static SchemaSource Properties(string objectType) =>
        new($"{objectType} properties", $"crm/v3/properties/{Uri.EscapeDataString(objectType)}", Snapshots.SnapshotFileNames.ForObjectType(objectType));

    /// <summary><c>GET /crm/v3/properties/{objectType}</c>, skipped when the account does not have the object type.</summary>
    public static SchemaSource PropertiesIfPresent(string objectType) => Properties(objectType) with { SkipWhenUnknown = true };

    /// <summary><c>GET /crm/v3/schemas</c>: every custom object with its properties and association definitions.</summary>
    public static SchemaSource CustomObjectSchemas { get; } =
        new("custom object schemas", "crm/v3/schemas", Snapshots.SnapshotFileNames.CustomObjectSchemas);

    /// <summary>
    /// <c>GET /crm/v3/pipelines/{objectType}</c>, kept byte for byte in <c>{fileStem}.pipelines.json</c>.
    /// </summary>
    /// <param name="pathSegment">The object type as the path names it (a name, or a custom object's type id).</param>
    /// <param name="fileStem">The name the object's snapshots go by.</param>
    /// <param name="skipWhenUnknown">Whether an object without pipelines (400 or 404) is skipped rather than failing the pull.</param>
    public static SchemaSource Pipelines(string pathSegment, string fileStem, bool skipWhenUnknown) =>
        new($"{fileStem} pipelines", $"crm/v3/pipelines/{Uri.EscapeDataString(pathSegment)}", Snapshots.SnapshotFileNames.ForPipelines(fileStem), skipWhenUnknown, Verbatim: true);

    /// <summary>
    /// The pipelines to pull with this properties source: deals and tickets always have pipelines, so theirs are pulled with
    /// them (and skipped only when the object is); other standard objects have none.
    /// </summary>
    public SchemaSource? WithPipelines()
    {
        var objectType = Snapshots.SnapshotFileNames.PipelinesObjectType(FileName) is null && !Snapshots.SnapshotFileNames.IsCustomObjectSchemas(FileName)
            ? Path.GetFileNameWithoutExtension(FileName)
            : null;
        return objectType is not null && CrmObjectType.TryParse(objectType, out var type) && (type == CrmObjectType.Deals || type == CrmObjectType.Tickets)
            ? Pipelines(objectType, objectType, SkipWhenUnknown)
            : null;
    }
}
