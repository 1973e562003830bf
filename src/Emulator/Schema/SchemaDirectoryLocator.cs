namespace Spoke.Emulator.Schema;

/// <summary>Finds the <c>schema-snapshots</c> folder when none is configured.</summary>
internal static class SchemaDirectoryLocator
{
    public const string FolderName = "schema-snapshots";

    public static string Locate(string? configured)
    {
        if (configured is not null)
        {
            var full = Path.GetFullPath(configured);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException($"The schema directory \"{full}\" does not exist. Pass the folder that holds contacts.json, companies.json, … and schemas.json.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, FolderName);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No \"{FolderName}\" folder was found above \"{Directory.GetCurrentDirectory()}\". Set SchemaDirectory (or --schemas) to the folder of property snapshots.");
    }
}
