using System.Globalization;

namespace Spoke.Authentication;

/// <summary>
/// Checks that a token can travel in an <c>Authorization: Bearer</c> header: one line of visible ASCII characters. A line
/// break would split the header (and could inject another), and HTTP refuses non-ASCII header values when the request is
/// written, which would otherwise surface late and look like a network failure. Problems name the kind of character and its
/// position, never the token.
/// </summary>
internal static class AccessTokenFormat
{
    /// <summary>What to check, appended to every problem.</summary>
    public const string Advice =
        "A token is one line of visible ASCII characters; check how it was read (a file, environment variable or secret store "
        + "can add a line break or an invisible character).";

    /// <summary>Describes what makes <paramref name="token"/> unusable (for example "contains a line break (CR or LF) at position 12"), or null when it can be sent.</summary>
    public static string? Problem(string token)
    {
        for (var index = 0; index < token.Length; index++)
        {
            var character = token[index];
            if (character is > ' ' and < '\u007F')
            {
                continue;
            }

            var position = (index + 1).ToString(CultureInfo.InvariantCulture);
            return character switch
            {
                '\r' or '\n' => $"contains a line break (CR or LF) at position {position}",
                > '\u007F' => $"contains a non-ASCII character at position {position}",
                _ => $"contains a space or control character at position {position}",
            };
        }

        return null;
    }
}
