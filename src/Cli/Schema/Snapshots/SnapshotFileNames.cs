namespace Spoke.Cli.Schema.Snapshots;

/// <summary>
/// How snapshot files are named: <c>{objectType}.json</c> per object, <c>schemas.json</c> for custom objects, and
/// <c>{objectType}.pipelines.json</c> for the pipelines of an object that has them.
/// </summary>
internal static class SnapshotFileNames
{
    /// <summary>The extension of every snapshot file.</summary>
    public const string Extension = ".json";

    /// <summary>The file holding <c>GET /crm/v3/schemas</c>: every custom object with its properties.</summary>
    public const string CustomObjectSchemas = "schemas.json";

    /// <summary>The generator's name overrides, which may sit in the snapshot folder and is never a snapshot (as in the build).</summary>
    public const string Overrides = "spoke.json";

    /// <summary>The suffix of a pipelines snapshot, <c>{objectType}.pipelines.json</c>.</summary>
    public const string PipelinesSuffix = ".pipelines" + Extension;

    /// <summary>The snapshot file of one object type's pipelines.</summary>
    public static string ForPipelines(string objectType) => objectType + PipelinesSuffix;

    /// <summary>The object type a pipelines snapshot belongs to, or <see langword="null"/> when the file is not one.</summary>
    public static string? PipelinesObjectType(string fileName) =>
        fileName.EndsWith(PipelinesSuffix, StringComparison.OrdinalIgnoreCase) && fileName.Length > PipelinesSuffix.Length
            ? fileName[..^PipelinesSuffix.Length]
            : null;

    /// <summary>The snapshot file of one object type's properties.</summary>
    public static string ForObjectType(string objectType) => objectType + Extension;

    /// <summary>Whether <paramref name="fileName"/> is the custom object schemas file.</summary>
    public static bool IsCustomObjectSchemas(string fileName) =>
        string.Equals(fileName, CustomObjectSchemas, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a <c>*.json</c> file of the snapshot folder is a snapshot: every one but spoke.json.</summary>
    public static bool IsSnapshot(string fileName) => !string.Equals(fileName, Overrides, StringComparison.OrdinalIgnoreCase);
}
