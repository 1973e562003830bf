using System.Text.RegularExpressions;

namespace Spoke.Conformance.Tests.KnownDifferences;

/// <summary>Reads the check ids of the table of remaining differences in the "Conformance" section of docs/emulator.md.</summary>
internal static partial class ConformanceDocsTable
{
    public static IReadOnlyList<string> CheckIds(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Trim() == "## Conformance");
        Assert.True(start >= 0, "docs/emulator.md has no \"## Conformance\" section.");
        return lines
            .Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => RowId().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
    }

    [GeneratedRegex(@"^\|\s*`([a-z0-9-]+\.[a-z0-9.-]+)`\s*\|")]
    private static partial Regex RowId();
}
