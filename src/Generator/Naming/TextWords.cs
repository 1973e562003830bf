using System.Collections.Generic;
using System.Text;

namespace Spoke.Generator.Naming;

/// <summary>
/// Splits a wire name or a label into words: runs of letters and digits, broken where a lower-case letter meets a capital
/// ("dealName" -> "deal", "Name") and before the last capital of an acronym that starts a word ("HRTech" -> "HR", "Tech"). An
/// apostrophe inside a word does not end it ("Women's" -> "Womens"). An all-capitals word, a plural one ("APIs") or one written
/// like "iOS" is lower-cased one run of letters at a time, so that it is capitalised like any other word: "CRM" -> "crm",
/// "APIs" -> "apis", "iOS" -> "ios", "B2B" -> "b2B".
/// </summary>
internal static class TextWords
{
    // Contractions and possessives end in one or two letters: 's, 't, 'd, 'm, 'll, 're, 've.
    private const int LongestContraction = 2;

    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsApostrophe(c) && current.Length > 0 && IdentifierCharacters.IsLetter(current[current.Length - 1]) && ContractionAt(text, i + 1))
            {
                continue;
            }

            // A mark cannot start an identifier: "❄️" is a snowflake (a symbol, dropped) then U+FE0F (a mark).
            if (!IdentifierCharacters.IsIdentifierPart(c) || c == '_' || (current.Length == 0 && !IdentifierCharacters.IsLetter(c) && !char.IsDigit(c)))
            {
                Flush(words, current);
                continue;
            }

            // One lower-case letter before capitals is part of the word: "iOS", "eBay".
            if (current.Length > 1 && char.IsUpper(c) && char.IsLower(current[current.Length - 1]))
            {
                Flush(words, current);
            }
            else if (char.IsLower(c) && EndsWithCapitals(current) && !IsPluralAt(text, i))
            {
                // "HRTech": the acronym ends where the next word's capital begins.
                var capital = current[current.Length - 1];
                current.Length--;
                Flush(words, current);
                current.Append(capital);
            }

            current.Append(c);
        }

        Flush(words, current);
        for (var i = 0; i < words.Count; i++)
        {
            if (IsWrittenInCapitals(words[i]))
            {
                words[i] = LowerCaseRuns(words[i]);
            }
        }

        return words;
    }

    private static bool EndsWithCapitals(StringBuilder current) =>
        current.Length > 1 && char.IsUpper(current[current.Length - 1]) && char.IsUpper(current[current.Length - 2]);

    // The "s" of "APIs" or "IDs": one lower-case s that ends the word.
    private static bool IsPluralAt(string text, int index) =>
        text[index] == 's' && (index + 1 == text.Length || !char.IsLetter(text[index + 1]));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // One or two lower-case letters that end the word.
    private static bool ContractionAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= LongestContraction && char.IsLower(text[end]))
        {
            end++;
        }

        var length = end - start;
        return length is > 0 and <= LongestContraction && (end == text.Length || !IdentifierCharacters.IsIdentifierPart(text[end]) || text[end] == '_');
    }

    // "CRM", "B2B", "3D", "APIs" or "iOS": capitals throughout, apart from a lower-case first letter before two capitals, or a
    // plural s after two.
    private static bool IsWrittenInCapitals(string word)
    {
        var from = word.Length > 2 && char.IsLower(word[0]) && char.IsUpper(word[1]) && char.IsUpper(word[2]) ? 1 : 0;
        var to = word.Length > 2 && word[word.Length - 1] == 's' && char.IsUpper(word[word.Length - 2]) && char.IsUpper(word[word.Length - 3]) ? word.Length - 1 : word.Length;
        var letters = 0;
        for (var i = from; i < to; i++)
        {
            if (char.IsLower(word[i]))
            {
                return false;
            }

            letters += char.IsLetter(word[i]) ? 1 : 0;
        }

        return letters > 0 && word.Length > 1;
    }

    // Every letter lower-cased except one that follows a digit, which starts a word of its own: "B2B" -> "b2B".
    private static string LowerCaseRuns(string word)
    {
        if (!HasDigit(word))
        {
            return word.ToLowerInvariant();
        }

        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            builder.Append(i > 0 && char.IsDigit(word[i - 1]) ? word[i] : char.ToLowerInvariant(word[i]));
        }

        return builder.ToString();
    }

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
