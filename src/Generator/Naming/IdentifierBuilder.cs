using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Spoke.Generator.Naming;

/// <summary>
/// Makes PascalCase C# identifiers from HubSpot names and labels. A wire name's word breaks are taken from its label where the
/// label spells them out (<c>lifecyclestage</c> labelled "Lifecycle Stage" becomes <c>LifecycleStage</c>), otherwise from underscores.
/// </summary>
internal static class IdentifierBuilder
{
    /// <summary>
    /// The longest name made from a wire name or label, and the longest name accepted from spoke.json. Metadata caps a name at
    /// 1,024 UTF-8 bytes, and an enum's name is a record name plus a member name plus a suffix: 128 characters keep every
    /// generated name under that limit whatever script it is written in.
    /// </summary>
    public const int MaxLength = 128;

    // Shorter label words ("of", "id") would split names in surprising places.
    private const int MinimumLabelWordLength = 3;

    /// <summary>PascalCase from a wire name, split where the label's words match; empty when the name has no letters or digits.</summary>
    public static string FromWireName(string wireName, string? label)
    {
        var labelWords = Words(label ?? string.Empty);
        for (var i = 0; i < labelWords.Count; i++)
        {
            labelWords[i] = labelWords[i].ToLowerInvariant();
        }

        var builder = new StringBuilder(wireName.Length);
        foreach (var segment in Words(wireName))
        {
            AppendSegment(builder, segment, labelWords);
        }

        return Capped(builder);
    }

    /// <summary>PascalCase from free text such as a label: every word capitalised, everything that is not a letter or digit dropped.</summary>
    public static string FromText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in Words(text))
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(word, 1, word.Length - 1);
        }

        return Capped(builder);
    }

    /// <summary>Whether a string is a valid C# identifier: identifier characters only, and not a reserved keyword.</summary>
    public static bool IsValidIdentifier(string name) => IsIdentifier(name) && !CSharpKeywords.IsReserved(name);

    /// <summary>
    /// Why a name chosen in spoke.json cannot be used as given, or <see langword="null"/> when it can: it must be an identifier,
    /// not a keyword of any kind, at most <see cref="MaxLength"/> characters, and a type name must not be all lower-case ASCII
    /// letters (which C# keeps free for future keywords, CS8981).
    /// </summary>
    public static string? WhyUnusable(string name, bool isTypeName)
    {
        if (!IsIdentifier(name))
        {
            return "it is not a C# identifier";
        }

        if (CSharpKeywords.IsKeyword(name))
        {
            return "it is a C# keyword";
        }

        if (isTypeName && IsLowerCaseAscii(name))
        {
            return "a type name of lower-case ASCII letters only may become a C# keyword (CS8981)";
        }

        return name.Length > MaxLength ? "it is longer than " + MaxLength.ToString(CultureInfo.InvariantCulture) + " characters" : null;
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsIdentifierPart(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerCaseAscii(string name)
    {
        foreach (var c in name)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }

    // A prefix of an identifier is an identifier, so the cut needs no care beyond its length.
    private static string Capped(StringBuilder builder) =>
        builder.Length <= MaxLength ? builder.ToString() : builder.ToString(0, MaxLength);

    private static void AppendSegment(StringBuilder builder, string segment, List<string> labelWords)
    {
        var lower = segment.ToLowerInvariant();
        if (TryCoverWithLabelWords(lower, labelWords) is { } pieces)
        {
            var start = 0;
            foreach (var length in pieces)
            {
                builder.Append(char.ToUpperInvariant(segment[start]));
                builder.Append(segment, start + 1, length - 1);
                start += length;
            }

            return;
        }

        var position = 0;
        var chunkStart = true;
        while (position < lower.Length)
        {
            var match = LongestLabelWordAt(lower, position, labelWords);
            if (match > 0)
            {
                builder.Append(char.ToUpperInvariant(segment[position]));
                builder.Append(segment, position + 1, match - 1);
                position += match;
                chunkStart = false;
                continue;
            }

            builder.Append(chunkStart ? char.ToUpperInvariant(segment[position]) : char.ToLowerInvariant(segment[position]));
            chunkStart = char.IsDigit(segment[position]);
            position++;
        }
    }

    // A segment spelled exactly by label words ("numberofemployees" = "Number of Employees") takes all of them, short ones
    // included: an exact cover cannot split the name in a surprising place. Returns the word lengths, or null when none exists.
    private static List<int>? TryCoverWithLabelWords(string lower, List<string> labelWords)
    {
        if (labelWords.Count == 0)
        {
            return null;
        }

        // next[i] is the length of the longest label word that starts at i and leaves a coverable rest; 0 when none does.
        var next = new int[lower.Length + 1];
        var coverable = new bool[lower.Length + 1];
        coverable[lower.Length] = true;
        for (var i = lower.Length - 1; i >= 0; i--)
        {
            foreach (var word in labelWords)
            {
                if (word.Length > next[i] && lower.Length - i >= word.Length && coverable[i + word.Length]
                    && string.CompareOrdinal(lower, i, word, 0, word.Length) == 0)
                {
                    next[i] = word.Length;
                    coverable[i] = true;
                }
            }
        }

        if (!coverable[0])
        {
            return null;
        }

        var lengths = new List<int>();
        for (var i = 0; i < lower.Length; i += next[i])
        {
            lengths.Add(next[i]);
        }

        return lengths;
    }

    private static int LongestLabelWordAt(string lower, int position, List<string> labelWords)
    {
        var longest = 0;
        foreach (var word in labelWords)
        {
            if (word.Length > longest && word.Length >= MinimumLabelWordLength
                && lower.Length - position >= word.Length
                && string.CompareOrdinal(lower, position, word, 0, word.Length) == 0)
            {
                longest = word.Length;
            }
        }

        return longest;
    }

    // Words are runs of letters and digits; a lower-to-upper change also starts a word ("dealName" -> "deal", "Name").
    // An all-capitals word is lowercased so it is capitalised like any other ("CRM" -> "Crm").
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A mark cannot start an identifier: "❄️" is a snowflake (a symbol, dropped) then U+FE0F (a mark).
            if (!IsIdentifierPart(c) || c == '_' || (current.Length == 0 && !IsLetter(c) && !char.IsDigit(c)))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0 && char.IsUpper(c) && char.IsLower(current[current.Length - 1]))
            {
                Flush(words, current);
            }

            current.Append(c);
        }

        Flush(words, current);
        for (var i = 0; i < words.Count; i++)
        {
            if (IsAllUpper(words[i]))
            {
                words[i] = words[i].ToLowerInvariant();
            }
        }

        return words;
    }

    private static bool IsAllUpper(string word)
    {
        var hasLetter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter && word.Length > 1;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private static bool IsLetter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => false,
    };

    private static bool IsIdentifierPart(char c) => IsLetter(c) || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
