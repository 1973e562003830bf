namespace Spoke.Cli.Schema.Snapshots;

/// <summary>How snapshot files are named: <c>{objectType}.json</c> per object, <c>schemas.json</c> for custom objects.</summary>
internal static class SnapshotFileNames
{
    /// <summary>The extension of every snapshot file.</summary>
    public const string Extension = ".json";

    /// <summary>The file holding <c>GET /crm/v3/schemas</c>: every custom object with its properties.</summary>
    public const string CustomObjectSchemas = "schemas.json";

    /// <summary>The generator's name overrides, which may sit in the snapshot folder and is never a snapshot (as in the build).</summary>
    public const string Overrides = "spoke.json";

    /// <summary>The snapshot file of one object type's properties.</summary>
    public static string ForObjectType(string objectType) => objectType + Extension;

    /// <summary>Whether <paramref name="fileName"/> is the custom object schemas file.</summary>
    public static bool IsCustomObjectSchemas(string fileName) =>
        string.Equals(fileName, CustomObjectSchemas, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a <c>*.json</c> file of the snapshot folder is a snapshot: every one but spoke.json.</summary>
    public static bool IsSnapshot(string fileName) => !string.Equals(fileName, Overrides, StringComparison.OrdinalIgnoreCase);
}
