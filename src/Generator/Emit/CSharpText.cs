using System.Globalization;
using System.Text;

namespace Spoke.Generator.Emit;

/// <summary>Escapes text from snapshots for the two places it lands in source: string literals and XML doc comments.</summary>
internal static class CSharpText
{
    /// <summary>A C# string literal for any text, with quotes, backslashes, control and line-separator characters escaped.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (NeedsEscape(c) || IsLoneSurrogate(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for one line of an XML doc comment: XML-escaped, with line breaks of every kind (including U+2028, U+2029, U+0085)
    /// turned into spaces so the text cannot leave the comment, and other control characters dropped.
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
            if (IsLoneSurrogate(text, i))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || NeedsEscape(c))
            {
                if (!lastWasSpace && (char.IsWhiteSpace(c) || c == '\u0085'))
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

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

    private static bool NeedsEscape(char c) =>
        c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029';

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
}
