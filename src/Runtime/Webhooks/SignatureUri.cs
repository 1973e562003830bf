using System.Text;

namespace Spoke.Webhooks;

/// <summary>
/// HubSpot decodes a fixed set of percent-escapes in the request URI before it computes a v3 signature,
/// so the receiver must decode exactly the same set, and nothing else, before it verifies.
/// </summary>
internal static class SignatureUri
{
    /// <summary>Decodes <c>%3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B</c> (either case) and leaves every other escape as is.</summary>
    public static string DecodeForV3(string uri)
    {
        var firstEscape = uri.IndexOf('%');
        if (firstEscape < 0)
        {
            return uri;
        }

        var decoded = new StringBuilder(uri.Length);
        decoded.Append(uri, 0, firstEscape);
        for (var i = firstEscape; i < uri.Length; i++)
        {
            if (uri[i] == '%' && i + 2 < uri.Length && TryDecode(uri[i + 1], uri[i + 2], out var character))
            {
                decoded.Append(character);
                i += 2;
            }
            else
            {
                decoded.Append(uri[i]);
            }
        }

        return decoded.ToString();
    }

    private static bool TryDecode(char high, char low, out char character)
    {
        character = (char.ToUpperInvariant(high), char.ToUpperInvariant(low)) switch
        {
            ('3', 'A') => ':',
            ('2', 'F') => '/',
            ('3', 'F') => '?',
            ('4', '0') => '@',
            ('2', '1') => '!',
            ('2', '4') => '$',
            ('2', '7') => '\'',
            ('2', '8') => '(',
            ('2', '9') => ')',
            ('2', 'A') => '*',
            ('2', 'C') => ',',
            ('3', 'B') => ';',
            _ => '\0',
        };
        return character != '\0';
    }
}
