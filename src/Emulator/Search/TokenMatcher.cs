using System.Buffers;
using Spoke.Emulator.State.Indexes;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Search;

/// <summary>
/// Decides <c>CONTAINS_TOKEN</c> for one token: a value contains it when the whole value, or one of its parts between
/// separators (spaces, <c>@</c>, dots, punctuation), equals the token ignoring case; a token with <c>*</c> is a
/// wildcard pattern. Works on case-folded values (<see cref="State.Indexes.PropertyColumn.Folded"/>) with the token
/// folded the same way, so every comparison is ordinal. Prepared once per search: a token holding a separator can only
/// match the whole value, and a value that does not contain the token's longest literal text cannot match at all, so
/// most values are decided by one vectorized search instead of being split; a one-star pattern on the whole value
/// (<c>*.com</c>, <c>*@hubspot.com</c>, <c>acme*</c>) is first tested on the column's packed <see cref="TextEnds"/>, which
/// decides it outright when its literals are at most 8 characters and otherwise rejects most values unread.
/// </summary>
internal sealed class TokenMatcher
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \t\n\r@.,;:-_/()!?\"'");

    private readonly string token;
    private readonly bool isWildcard;
    private readonly bool mayMatchPart;
    private readonly string required;
    private readonly string[] literals;
    private readonly bool byEnds;
    private readonly ulong prefixHead;
    private readonly ulong suffixTail;

    public TokenMatcher(string token)
    {
        token = token.ToUpperInvariant();
        this.token = token;
        isWildcard = token.Contains('*', StringComparison.Ordinal);
        mayMatchPart = !token.AsSpan().ContainsAny(Separators);
        literals = token.Split('*');
        required = literals.MaxBy(literal => literal.Length) ?? "";
        byEnds = !mayMatchPart && literals.Length == 2 && System.Text.Ascii.IsValid(token);
        prefixHead = TextEnds.HeadOf(literals[0]);
        suffixTail = TextEnds.TailOf(literals[^1]);
    }

    /// <summary>Whether the value in a column slot contains the token.</summary>
    public bool Matches(PropertyColumn column, int slot)
    {
        if (byEnds && column.Ends(slot) is { IsPacked: true } ends)
        {
            var prefix = literals[0].Length;
            var suffix = literals[1].Length;
            if (ends.Length < prefix + suffix
                || (ends.Head & TextEnds.Mask(prefix)) != prefixHead
                || (ends.Tail & TextEnds.Mask(suffix)) != suffixTail)
            {
                return false;
            }

            if (prefix <= TextEnds.Width && suffix <= TextEnds.Width)
            {
                return true;
            }
        }

        return Matches(column.Folded(slot));
    }

    private bool Matches(string folded)
    {
        if (!mayMatchPart)
        {
            return Matches(folded.AsSpan());
        }

        if (required.Length > 0 && !folded.Contains(required, StringComparison.Ordinal))
        {
            return false;
        }

        if (Matches(folded.AsSpan()))
        {
            return true;
        }

        var rest = folded.AsSpan();
        while (rest.Length > 0)
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

    private bool Matches(ReadOnlySpan<char> text)
    {
        if (!isWildcard)
        {
            return text.SequenceEqual(token);
        }

        // One star (the usual "*.com"): the text only has to start and end with the literals around it.
        return literals.Length == 2
            ? text.Length >= literals[0].Length + literals[1].Length
                && text.StartsWith(literals[0], StringComparison.Ordinal)
                && text.EndsWith(literals[1], StringComparison.Ordinal)
            : WildcardPattern.Matches(token, text);
    }
}
