namespace Spoke.Runtime.Tests.Emulated;

/// <summary>Finds the repository's <c>schema-snapshots</c> folder, which the emulator and the generator both read.</summary>
internal static class SnapshotFiles
{
    public static string PathOf(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "schema-snapshots", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No schema-snapshots/{fileName} above {AppContext.BaseDirectory}.");
    }
}
