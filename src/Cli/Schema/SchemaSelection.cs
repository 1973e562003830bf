using System.Buffers;
using Spoke.Cli.Schema.Fetching;
using Spoke.Cli.Schema.Snapshots;

namespace Spoke.Cli.Schema;

/// <summary>Decides which schema endpoints a pull reads, from <c>--objects</c>, <c>--all</c> and the snapshots already present.</summary>
internal static class SchemaSelection
{
    /// <summary>The standard CRM objects every HubSpot account has, pulled by <c>--all</c> or into an empty folder.</summary>
    public static readonly IReadOnlyList<string> StandardObjectTypes = ["contacts", "companies", "deals", "tickets", "products", "line_items"];

    private static readonly SearchValues<char> ObjectTypeCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>
    /// Chooses the sources: the named objects; or, with <paramref name="all"/>, the standard objects the account has plus
    /// every custom object; or, with neither, whatever the snapshot folder already holds (the standard objects the account
    /// has when it holds nothing).
    /// </summary>
    /// <remarks>The pipelines of deals and tickets among them are added after their properties (<see cref="SchemaSource.WithPipelines"/>).</remarks>
    /// <exception cref="CliException">Both <c>--objects</c> and <c>--all</c> were given.</exception>
    public static IReadOnlyList<SchemaSource> Choose(IReadOnlyList<string>? objectTypes, bool all, string snapshotDirectory) =>
        [.. ChooseProperties(objectTypes, all, snapshotDirectory).SelectMany(static source => source.WithPipelines() is { } pipelines ? [source, pipelines] : new[] { source })];

    private static IReadOnlyList<SchemaSource> ChooseProperties(IReadOnlyList<string>? objectTypes, bool all, string snapshotDirectory)
    {
        if (objectTypes is { Count: > 0 } && all)
        {
            throw new CliException("Pass either --objects or --all, not both: --all already includes every object.", ExitCodes.UsageError);
        }

        if (objectTypes is { Count: > 0 })
        {
            return objectTypes.Distinct(StringComparer.Ordinal).Select(SchemaSource.Properties).ToList();
        }

        if (all)
        {
            return [.. StandardObjectTypes.Select(SchemaSource.PropertiesIfPresent), SchemaSource.CustomObjectSchemas];
        }

        var existing = Directory.Exists(snapshotDirectory)
            ? Directory.EnumerateFiles(snapshotDirectory, "*" + SnapshotFileNames.Extension)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => SnapshotFileNames.IsSnapshot(name) && IsValidObjectType(Path.GetFileNameWithoutExtension(name)))
                .Order(StringComparer.Ordinal)
                .Select(name => SnapshotFileNames.IsCustomObjectSchemas(name)
                    ? SchemaSource.CustomObjectSchemas
                    : SchemaSource.Properties(Path.GetFileNameWithoutExtension(name)))
                .ToList()
            : [];
        return existing.Count > 0 ? existing : StandardObjectTypes.Select(SchemaSource.PropertiesIfPresent).ToList();
    }

    /// <summary>
    /// Whether <paramref name="objectType"/> can name an object type (<c>contacts</c>, <c>0-1</c>, <c>p_shipment</c>,
    /// <c>2-3465404</c>): letters, digits, underscores and hyphens only, which also keeps it a safe file name.
    /// </summary>
    public static bool IsValidObjectType(string objectType) =>
        objectType.Length > 0 && !objectType.AsSpan().ContainsAnyExcept(ObjectTypeCharacters);
}
