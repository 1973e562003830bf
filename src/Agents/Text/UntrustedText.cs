using System.Globalization;
using System.Text;

namespace Spoke.Agents.Text;

/// <summary>
/// Text an agent sent, made safe to repeat in a message or an audit line: cut to a readable length, control characters
/// and unpaired surrogates shown as escapes, so a hostile argument can neither flood the answer nor break its encoding.
/// </summary>
internal static class UntrustedText
{
    /// <summary>The characters of an argument repeated in a message; the rest is summarised by its length.</summary>
    public const int MaxQuotedLength = 100;

    /// <summary><c>'value'</c>, shortened past <see cref="MaxQuotedLength"/> characters, with control characters escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxQuotedLength) + 32).Append('\'');
        AppendEscaped(builder, value.AsSpan(0, Math.Min(value.Length, MaxQuotedLength)));
        builder.Append('\'');
        if (value.Length > MaxQuotedLength)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… ({value.Length} characters)");
        }

        return builder.ToString();
    }

    /// <summary>Whether every surrogate is paired, so the text can be encoded as UTF-8 JSON.</summary>
    public static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text with every unpaired surrogate replaced by U+FFFD, so a JSON writer accepts it.</summary>
    public static string WellFormed(string value)
    {
        if (IsWellFormed(value))
        {
            return value;
        }

        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }
    }
}
