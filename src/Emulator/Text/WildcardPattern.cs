namespace Spoke.Emulator.Text;

/// <summary>Matches text (request paths, search tokens) against patterns where <c>*</c> stands for any characters, ignoring case.</summary>
internal static class WildcardPattern
{
    public static bool Matches(string pattern, string path) => Matches(pattern.AsSpan(), path.AsSpan());

    /// <summary>
    /// Decides in one pass, whatever the number of stars: the text must start with the literal before the first star and
    /// end with the one after the last, and the literals between must appear in order in what is left. Taking each at its
    /// first occurrence is always right when <c>*</c> is the only wildcard, so nothing is tried twice (trying every
    /// placement of every star would take exponential time, and a search holds the database's read lock while it runs).
    /// </summary>
    public static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        var firstStar = pattern.IndexOf('*');
        if (firstStar < 0)
        {
            return pattern.Equals(text, StringComparison.OrdinalIgnoreCase);
        }

        var lastStar = pattern.LastIndexOf('*');
        var prefix = pattern[..firstStar];
        var suffix = pattern[(lastStar + 1)..];
        if (text.Length < prefix.Length + suffix.Length
            || !text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[prefix.Length..^suffix.Length];
        var middle = firstStar == lastStar ? [] : pattern[(firstStar + 1)..lastStar];
        while (!middle.IsEmpty)
        {
            var star = middle.IndexOf('*');
            var literal = star < 0 ? middle : middle[..star];
            middle = star < 0 ? [] : middle[(star + 1)..];
            if (literal.IsEmpty)
            {
                continue;
            }

            var at = rest.IndexOf(literal, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            rest = rest[(at + literal.Length)..];
        }

        return true;
    }
}
