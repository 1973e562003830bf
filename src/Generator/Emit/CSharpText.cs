using System.Globalization;
using System.Text;

namespace Spoke.Generator.Emit;

/// <summary>
/// Escapes text from snapshots for the two places it lands in source: string literals and XML doc comments. Both are decided by
/// fixed code point ranges rather than Unicode category tables, so the output is the same on every runtime that hosts the compiler.
/// </summary>
internal static class CSharpText
{
    /// <summary>
    /// A C# string literal for any text: printable ASCII as it is, everything else as a <c>\u</c> escape, so no character can
    /// end the literal, hide in it (bidi overrides, zero-width and noncharacters) or fail to be written (lone surrogates).
    /// </summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (c >= ' ' && c < '\u007F')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for one line of an XML doc comment: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped (so no markup, comment, CDATA
    /// or <c>]]&gt;</c> survives), line breaks of every kind turned into spaces so the text cannot leave the comment, and what XML
    /// cannot hold or a reader cannot see dropped: control characters, lone surrogates, noncharacters and bidi controls.
    /// </summary>
    public static string Doc(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text!.Length);
        var lastWasSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsLineBreak(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    builder.Append(c).Append(text[i + 1]);
                    lastWasSpace = false;
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || IsControl(c) || IsNoncharacter(c) || IsBidiControl(c))
            {
                continue;
            }

            lastWasSpace = false;
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    // A surrogate without its partner (possible through a JSON \u escape) is not valid UTF-16 and cannot be written to a file.
    /// <summary>Whether the UTF-16 unit at <paramref name="index"/> is half of a surrogate pair without its other half.</summary>
    internal static bool IsLoneSurrogate(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    // What C# ends a line at besides CR and LF, which are control characters anyway.
    private static bool IsLineBreak(char c) => c is '\u0085' or '\u2028' or '\u2029';

    private static bool IsControl(char c) => c < ' ' || (c >= '\u007F' && c <= '\u009F');

    // U+FDD0–U+FDEF and the last two code points of every plane: never characters, and U+FFFE/U+FFFF are not XML (CS1570).
    private static bool IsNoncharacter(int codePoint) => (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;

    // The marks, embeddings, overrides and isolates that reorder how the text around them is displayed.
    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
