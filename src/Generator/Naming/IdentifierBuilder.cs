using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Spoke.Generator.Naming;

/// <summary>
/// Makes PascalCase C# identifiers from HubSpot names and labels, as a careful human would write them. A wire name's word
/// breaks are its underscores, and inside a part the words its label spells out (<c>lifecyclestage</c> labelled "Lifecycle
/// Stage" becomes <c>LifecycleStage</c>); a label word never cuts a fragment of fewer than three letters off a part
/// (<c>notes_last_updated</c> labelled "Last Activity Date" is <c>NotesLastUpdated</c>). Two numbers never run together
/// (<c>100-500</c> becomes <c>100_500</c>).
/// </summary>
internal static class IdentifierBuilder
{
    /// <summary>
    /// The longest name made from a wire name or label, and the longest name accepted from spoke.json. Metadata caps a name at
    /// 1,024 UTF-8 bytes, and an enum's name is a record name plus a member name plus a suffix: 128 characters keep every
    /// generated name under that limit whatever script it is written in.
    /// </summary>
    public const int MaxLength = 128;

    // Shorter label words ("of", "id") would split names in surprising places, and a shorter fragment left beside a label word
    // means the word was found inside another one ("date" in "up|date|d").
    private const int MinimumWordLength = 3;

    /// <summary>PascalCase from a wire name, split where the label's words match; empty when the name has no letters or digits.</summary>
    public static string FromWireName(string wireName, string? label)
    {
        var labelWords = TextWords.Split(label ?? string.Empty);
        for (var i = 0; i < labelWords.Count; i++)
        {
            labelWords[i] = labelWords[i].ToLowerInvariant();
        }

        var builder = new StringBuilder(wireName.Length);
        var pieces = new List<LabelWordSplitter.Piece>();
        foreach (var part in TextWords.Split(wireName))
        {
            AppendPart(builder, part, labelWords, pieces);
        }

        return Capped(builder);
    }

    /// <summary>PascalCase from free text such as a label: every word capitalised, everything that is not a letter or digit dropped.</summary>
    public static string FromText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in TextWords.Split(text))
        {
            AppendWord(builder, word, 0, word.Length, lowerCaseRest: false);
        }

        return Capped(builder);
    }

    /// <summary><paramref name="name"/>, with <paramref name="prefix"/> before it when it starts with a digit, which no identifier may.</summary>
    public static string WithDigitPrefix(string name, string prefix) =>
        name.Length > 0 && char.IsDigit(name[0]) ? prefix + name : name;

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
        if (name.Length == 0 || !(IdentifierCharacters.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IdentifierCharacters.IsIdentifierPart(name[i]))
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

    private static void AppendPart(StringBuilder builder, string part, List<string> labelWords, List<LabelWordSplitter.Piece> pieces)
    {
        if (!LabelWordSplitter.Split(part, labelWords, MinimumWordLength, MaxLength, pieces))
        {
            AppendWord(builder, part, 0, part.Length, lowerCaseRest: true);
            return;
        }

        foreach (var piece in pieces)
        {
            AppendWord(builder, part, piece.Start, piece.Length, lowerCaseRest: !piece.IsLabelWord);
        }
    }

    // The first letter is capitalised. A label's word and a word of free text keep their letters; a piece of a wire name that
    // no label word spells is read as lower case, except that a letter after a digit starts a word ("b2b" -> "B2B").
    private static void AppendWord(StringBuilder builder, string text, int start, int length, bool lowerCaseRest)
    {
        if (builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(text[start]))
        {
            builder.Append('_');
        }

        builder.Append(char.ToUpperInvariant(text[start]));
        for (var i = start + 1; i < start + length; i++)
        {
            var c = text[i];
            builder.Append(!lowerCaseRest ? c : char.IsDigit(text[i - 1]) ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }
    }
}
