using System;
using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>
/// Splits one part of a wire name (the letters and digits between two underscores) into the words its label confirms. A part
/// the label's words spell exactly takes all of them, short ones included ("numberofemployees" = "Number of Employees"). Any
/// other part is split by the label's longer words, covering as much of it as can be covered: what comes before a label word is
/// a word of its own when it is three letters or more, or a number ("num|employees", "predictive|contact|score"); what follows
/// the last label word is read as the rest of that word ("timestamp" labelled "Time First Seen", "membership" labelled "Member
/// email"). A label word found inside another word would leave a scrap before it ("up|date" in "updated"), so it is not used.
/// </summary>
internal static class LabelWordSplitter
{
    /// <summary>One piece of a part: where it starts, how long it is, and whether a label word spells it.</summary>
    public readonly struct Piece
    {
        public Piece(int start, int length, bool isLabelWord)
        {
            Start = start;
            Length = length;
            IsLabelWord = isLabelWord;
        }

        public int Start { get; }

        public int Length { get; }

        public bool IsLabelWord { get; }
    }

    /// <summary>Puts the pieces of <paramref name="part"/> into <paramref name="pieces"/>, in order.</summary>
    /// <returns>Whether the label confirms pieces; otherwise <paramref name="pieces"/> is empty and the part is one word.</returns>
    /// <param name="part">Letters and digits, not empty.</param>
    /// <param name="labelWords">The label's words, lower case.</param>
    /// <param name="minimumWordLength">The shortest label word that may split a part it does not spell exactly, and the shortest piece it may leave.</param>
    /// <param name="longestPart">Longer parts are only split where the label spells them exactly (the name is cut at this length anyway).</param>
    /// <param name="pieces">Cleared, then filled; one list serves every part of a name.</param>
    public static bool Split(string part, List<string> labelWords, int minimumWordLength, int longestPart, List<Piece> pieces)
    {
        pieces.Clear();
        if (labelWords.Count == 0)
        {
            return false;
        }

        var lower = part.ToLowerInvariant();
        return ExactCover(lower, labelWords, pieces)
            || (lower.Length <= longestPart && ContainsLabelWord(lower, labelWords, minimumWordLength) && PartialCover(lower, labelWords, minimumWordLength, pieces));
    }

    private static bool ExactCover(string lower, List<string> labelWords, List<Piece> pieces)
    {
        // next[i] is the length of the longest label word that starts at i and leaves a coverable rest; 0 when none does.
        var next = new int[lower.Length + 1];
        var coverable = new bool[lower.Length + 1];
        coverable[lower.Length] = true;
        for (var i = lower.Length - 1; i >= 0; i--)
        {
            foreach (var word in labelWords)
            {
                if (word.Length > next[i] && StartsAt(lower, i, word) && coverable[i + word.Length])
                {
                    next[i] = word.Length;
                    coverable[i] = true;
                }
            }
        }

        if (!coverable[0])
        {
            return false;
        }

        for (var i = 0; i < lower.Length; i += next[i])
        {
            pieces.Add(new Piece(i, next[i], isLabelWord: true));
        }

        return true;
    }

    // Best split by covered letters, then by fewest pieces. Two states per position: "any piece may start here" and "a label word
    // starts here (or the part ends)", because a leftover run always ends where a label word begins. A label word may take the
    // rest of the part with it, which is then the last piece.
    private static bool PartialCover(string lower, List<string> labelWords, int minimumWordLength, List<Piece> pieces)
    {
        var length = lower.Length;
        var anyStart = new Score[length + 1];
        var wordStart = new Score[length + 1];
        var anyChoice = new int[length + 1];
        var wordChoice = new int[length + 1];
        anyStart[length] = new Score(0, 0);
        wordStart[length] = new Score(0, 0);
        for (var i = length - 1; i >= 0; i--)
        {
            foreach (var word in labelWords)
            {
                if (word.Length < minimumWordLength || !StartsAt(lower, i, word))
                {
                    continue;
                }

                if (anyStart[i + word.Length].IsValid)
                {
                    Consider(ref wordStart[i], ref wordChoice[i], anyStart[i + word.Length].Then(word.Length), word.Length);
                }

                Consider(ref wordStart[i], ref wordChoice[i], new Score(0, 0).Then(word.Length), length - i);
            }

            anyStart[i] = wordStart[i];
            anyChoice[i] = wordChoice[i];
            for (var end = i + 1; end < length; end++)
            {
                if (wordStart[end].IsValid && IsWordOnItsOwn(lower, i, end, minimumWordLength))
                {
                    Consider(ref anyStart[i], ref anyChoice[i], wordStart[end].Then(0), -(end - i));
                }
            }
        }

        if (!anyStart[0].IsValid || anyStart[0].Covered == 0)
        {
            return false;
        }

        var position = 0;
        var choices = anyChoice;
        while (position < length)
        {
            var choice = choices[position];
            var isWord = choice > 0;
            var pieceLength = isWord ? choice : -choice;
            pieces.Add(new Piece(position, pieceLength, isWord));
            position += pieceLength;
            choices = isWord ? anyChoice : wordChoice;
        }

        return true;
    }

    private static void Consider(ref Score best, ref int bestChoice, Score candidate, int choice)
    {
        if (candidate.IsBetterThan(best))
        {
            best = candidate;
            bestChoice = choice;
        }
    }

    // Most parts hold no label word at all (or are spelled by the label exactly): they are settled without the search below.
    private static bool ContainsLabelWord(string lower, List<string> labelWords, int minimumWordLength)
    {
        foreach (var word in labelWords)
        {
            if (word.Length >= minimumWordLength && lower.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordOnItsOwn(string lower, int start, int end, int minimumWordLength)
    {
        if (end - start >= minimumWordLength)
        {
            return true;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsDigit(lower[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsAt(string lower, int position, string word) =>
        lower.Length - position >= word.Length && string.CompareOrdinal(lower, position, word, 0, word.Length) == 0;

    // default(Score) is "no split possible".
    private readonly struct Score
    {
        public Score(int covered, int pieces)
        {
            Covered = covered;
            Pieces = pieces;
            IsValid = true;
        }

        public int Covered { get; }

        public int Pieces { get; }

        public bool IsValid { get; }

        public Score Then(int coveredByPiece) => new(Covered + coveredByPiece, Pieces + 1);

        public bool IsBetterThan(Score other) =>
            !other.IsValid || Covered > other.Covered || (Covered == other.Covered && Pieces < other.Pieces);
    }
}
