using System.Globalization;
using System.Text;
using Spoke.Generator.Emit;

namespace Spoke.Generator.Json;

/// <summary>
/// Writes JSON strings for a file people read and edit (spoke.json): text is kept as it is, only what JSON requires is escaped
/// (quotes, backslashes, control characters) and a lone surrogate, which no encoder can write, is written as its <c>\u</c> escape.
/// </summary>
internal static class JsonStringWriter
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || CSharpText.IsLoneSurrogate(value, i))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
