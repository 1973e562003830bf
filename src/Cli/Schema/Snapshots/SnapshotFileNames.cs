namespace Spoke.Cli.Schema.Snapshots;

/// <summary>How snapshot files are named: <c>{objectType}.json</c> per object, <c>schemas.json</c> for custom objects.</summary>
internal static class SnapshotFileNames
{
    /// <summary>The extension of every snapshot file.</summary>
    public const string Extension = ".json";

    /// <summary>The file holding <c>GET /crm/v3/schemas</c>: every custom object with its properties.</summary>
    public const string CustomObjectSchemas = "schemas.json";

    /// <summary>The snapshot file of one object type's properties.</summary>
    public static string ForObjectType(string objectType) => objectType + Extension;

    /// <summary>Whether <paramref name="fileName"/> is the custom object schemas file.</summary>
    public static bool IsCustomObjectSchemas(string fileName) =>
        string.Equals(fileName, CustomObjectSchemas, StringComparison.OrdinalIgnoreCase);
}
