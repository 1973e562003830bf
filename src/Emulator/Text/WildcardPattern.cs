namespace Spoke.Emulator.Text;

/// <summary>Matches text (request paths, search tokens) against patterns where <c>*</c> stands for any characters, ignoring case.</summary>
internal static class WildcardPattern
{
    public static bool Matches(string pattern, string path) => Matches(pattern.AsSpan(), path.AsSpan());

    public static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return pattern.Equals(path, StringComparison.OrdinalIgnoreCase);
        }

        var prefix = pattern[..star];
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = pattern[(star + 1)..];
        if (!rest.Contains('*'))
        {
            // One star: the text only has to end with the rest, past the prefix (the usual "*.com" token).
            return path.Length - prefix.Length >= rest.Length && path.EndsWith(rest, StringComparison.OrdinalIgnoreCase);
        }

        for (var start = prefix.Length; start <= path.Length; start++)
        {
            if (Matches(rest, path[start..]))
            {
                return true;
            }
        }

        return false;
    }
}
