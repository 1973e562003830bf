using System.Globalization;

namespace Spoke.Emulator.Persistence;

/// <summary>
/// The journal's segment files beside the data file, <c>{data file}.{number}.journal</c>. A new segment starts whenever a
/// snapshot is taken; the snapshot names the first segment written after it.
/// </summary>
internal static class JournalSegments
{
    private const string Extension = ".journal";

    public static string PathOf(string dataFile, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{dataFile}.{number:D6}{Extension}");

    /// <summary>Every segment of the data file, oldest first.</summary>
    public static IReadOnlyList<(long Number, string Path)> List(string dataFile)
    {
        var full = Path.GetFullPath(dataFile);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var prefix = Path.GetFileName(full) + ".";
        return [.. Directory.EnumerateFiles(directory, prefix + "*" + Extension)
            .Select(path => (Path: path, Number: Path.GetFileName(path)[prefix.Length..^Extension.Length]))
            .Where(file => file.Number.Length > 0 && file.Number.All(char.IsAsciiDigit) && file.Number.Length <= 18)
            .Select(file => (long.Parse(file.Number, CultureInfo.InvariantCulture), file.Path))
            .OrderBy(segment => segment.Item1)];
    }

    /// <summary>Deletes the segments numbered below <paramref name="number"/>.</summary>
    public static void DeleteBelow(string dataFile, long number)
    {
        foreach (var (segment, path) in List(dataFile))
        {
            if (segment < number)
            {
                File.Delete(path);
            }
        }
    }
}
