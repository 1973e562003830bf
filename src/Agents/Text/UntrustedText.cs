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
