using System.Globalization;
using System.Text;

namespace Spoke.Generator.Emit;

/// <summary>Writes JSON strings in pure ASCII, so the JSON can sit in a C# string or UTF-8 literal whatever the snapshot holds.</summary>
internal static class JsonText
{
    public static StringBuilder AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c >= ' ' && c < '\u007F')
            {
                builder.Append(c);
            }
            else
            {
                // A lone surrogate (possible through a JSON \u escape in a snapshot) is not text any reader accepts.
                var unit = CSharpText.IsLoneSurrogate(value, i) ? '\uFFFD' : c;
                builder.Append("\\u").Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"');
    }
}
