using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Spoke.Generator.Tests.Harness;

/// <summary>
/// Compares generated files with committed baselines, keeping Verify's naming:
/// <c>Snapshots/{Class}.{Test}#{HintName without .cs}.verified.cs</c>, and a text with <c>Snapshots/{Class}.{Test}.verified.txt</c>.
/// On a mismatch it writes <c>.received.cs</c> (or <c>.received.txt</c>) beside the baseline and fails; with
/// <see cref="AcceptVariable"/> set to <c>1</c> it overwrites the baselines instead (and deletes baselines of files no longer
/// generated). See docs/testing.md.
/// </summary>
internal static partial class SnapshotAssert
{
    /// <summary>The environment variable that turns mismatches into accepted baselines.</summary>
    public const string AcceptVariable = "SPOKE_ACCEPT_SNAPSHOTS";

    private const string VerifiedSuffix = ".verified.cs";
    private const string ReceivedSuffix = ".received.cs";

    private static string Directory => Path.Combine(RepositoryPaths.TestProject, "Snapshots");

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>
    /// Asserts that the run generated exactly the files that have baselines for this test, each equal to its baseline.
    /// The test class is the caller's file name, so keep one test class per file.
    /// </summary>
    public static void MatchesBaselines(GeneratorRun run, [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "")
    {
        var prefix = $"{Path.GetFileNameWithoutExtension(callerFile.Replace('\\', '/').Split('/')[^1])}.{test}#";
        var generated = run.Sources.ToDictionary(source => BaselineName(prefix, source.HintName), source => Normalize(source.SourceText.ToString()));
        var committed = System.IO.Directory.EnumerateFiles(Directory, prefix + "*" + VerifiedSuffix).Select(Path.GetFileName).OfType<string>().ToHashSet();

        var failures = new List<string>();
        foreach (var (fileName, text) in generated.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            var verified = Path.Combine(Directory, fileName);
            var received = verified[..^VerifiedSuffix.Length] + ReceivedSuffix;
            if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == text)
            {
                File.Delete(received);
            }
            else if (Accepting)
            {
                File.WriteAllText(verified, text);
                File.Delete(received);
            }
            else
            {
                File.WriteAllText(received, text);
                failures.Add(File.Exists(verified) ? $"{fileName}: {FirstDifference(Normalize(File.ReadAllText(verified)), text)}" : $"{fileName}: no baseline yet");
            }
        }

        foreach (var stale in committed.Where(name => !generated.ContainsKey(name)))
        {
            if (Accepting)
            {
                File.Delete(Path.Combine(Directory, stale));
            }
            else
            {
                failures.Add($"{stale}: baseline of a file that is no longer generated");
            }
        }

        Assert.True(
            failures.Count == 0,
            $"Generated sources differ from Snapshots/ (compare the .received.cs files, then rerun with {AcceptVariable}=1 to accept):{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures));
    }

    /// <summary>Asserts that <paramref name="text"/> equals the test's text baseline. The test class is the caller's file name.</summary>
    public static void MatchesTextBaseline(string text, [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "")
    {
        var name = $"{Path.GetFileNameWithoutExtension(callerFile.Replace('\\', '/').Split('/')[^1])}.{test}";
        var verified = Path.Combine(Directory, name + ".verified.txt");
        var received = Path.Combine(Directory, name + ".received.txt");
        text = text.ReplaceLineEndings("\n");
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == text)
        {
            File.Delete(received);
            return;
        }

        if (Accepting)
        {
            File.WriteAllText(verified, text);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text);
        Assert.Fail(
            $"{name}.verified.txt differs: {(File.Exists(verified) ? FirstDifference(File.ReadAllText(verified).ReplaceLineEndings("\n"), text) : "no baseline yet")}."
            + $" Compare {received} with it, then rerun with {AcceptVariable}=1 to accept.");
    }

    private static string BaselineName(string prefix, string hintName) =>
        prefix + (hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName) + VerifiedSuffix;

    /// <summary>Line endings and the generator's version would otherwise make baselines differ by machine or release.</summary>
    private static string Normalize(string text) =>
        GeneratedCodeVersion().Replace(text.ReplaceLineEndings("\n"), "GeneratedCode(\"Spoke\", \"{version}\")");

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var line = 0; line < Math.Max(expectedLines.Length, actualLines.Length); line++)
        {
            var before = line < expectedLines.Length ? expectedLines[line] : "<end of file>";
            var after = line < actualLines.Length ? actualLines[line] : "<end of file>";
            if (before != after)
            {
                return $"line {line + 1}: expected `{before.Trim()}`, got `{after.Trim()}`";
            }
        }

        return "line endings differ";
    }

    [GeneratedRegex("""GeneratedCode\("Spoke", "[^"]*"\)""")]
    private static partial Regex GeneratedCodeVersion();
}
