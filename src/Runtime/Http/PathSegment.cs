using System.Text;

namespace Spoke.Http;

/// <summary>
/// Escapes one path segment as RFC 3986 allows (<c>pchar</c>): unreserved characters, sub-delimiters, <c>:</c> and
/// <c>@</c> stay as they are. <see cref="Uri.EscapeDataString(string)"/> would turn <c>@</c> into <c>%40</c>, and HubSpot
/// answers <c>GET /crm/v3/objects/contacts/jon%40example.com?idProperty=email</c> with a 404 (hubspot-api-nodejs#669).
/// </summary>
internal static class PathSegment
{
    /// <summary>Escapes <paramref name="value"/> for use as one path segment.</summary>
    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAnyExcept(Allowed) < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && Allowed.Contains((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Allowed = System.Buffers.SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@");
}
