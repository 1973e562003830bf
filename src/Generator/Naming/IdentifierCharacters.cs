using System.Globalization;

namespace Spoke.Generator.Naming;

/// <summary>The characters C# allows in identifiers, by Unicode category, as the language specification lists them.</summary>
internal static class IdentifierCharacters
{
    /// <summary>A letter: what an identifier may start with (besides <c>_</c>).</summary>
    public static bool IsLetter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => false,
    };

    /// <summary>A character an identifier may contain after its first.</summary>
    public static bool IsIdentifierPart(char c) => IsLetter(c) || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
