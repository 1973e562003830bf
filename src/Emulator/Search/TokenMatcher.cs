using System.Buffers;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Search;

/// <summary>
/// Decides <c>CONTAINS_TOKEN</c> for one token: a value contains it when the whole value, or one of its parts between
/// separators (spaces, <c>@</c>, dots, punctuation), equals the token ignoring case; a token with <c>*</c> is a
/// wildcard pattern. Prepared once per search: a token holding a separator can only match the whole value, and a
/// value that does not contain the token's longest literal text cannot match at all, so most values are decided by
/// one vectorized search instead of being split.
/// </summary>
internal sealed class TokenMatcher
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \t\n\r@.,;:-_/()!?\"'");

    private readonly string token;
    private readonly bool isWildcard;
    private readonly bool mayMatchPart;
    private readonly string required;

    public TokenMatcher(string token)
    {
        this.token = token;
        isWildcard = token.Contains('*', StringComparison.Ordinal);
        mayMatchPart = !token.AsSpan().ContainsAny(Separators);
        required = token.Split('*').MaxBy(literal => literal.Length) ?? "";
    }

    public bool Matches(string value)
    {
        if (required.Length > 0 && !value.Contains(required, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Matches(value.AsSpan()))
        {
            return true;
        }

        var rest = value.AsSpan();
        while (mayMatchPart && rest.Length > 0)
        {
            var end = rest.IndexOfAny(Separators);
            var part = end < 0 ? rest : rest[..end];
            if (part.Length > 0 && Matches(part))
            {
                return true;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return false;
    }

    private bool Matches(ReadOnlySpan<char> text) =>
        isWildcard ? WildcardPattern.Matches(token, text) : text.Equals(token, StringComparison.OrdinalIgnoreCase);
}
