namespace Spoke.Configuration;

/// <summary>
/// Reads a HubSpot API root given as text (<c>HUBSPOT_BASE_URL</c>, <c>--base-url</c>, a build property). Compiled into the
/// runtime and the CLI, so every place that takes the address accepts and refuses the same text with the same message.
/// </summary>
internal static class HubSpotBaseUrl
{
    /// <summary>
    /// Parses an absolute http or https URL, ending it in <c>/</c> so request paths are appended to it rather than replacing
    /// its last segment; <see langword="null"/> when the text is not one.
    /// </summary>
    public static Uri? Parse(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return uri.AbsolutePath.EndsWith('/') || uri.Query.Length > 0 || uri.Fragment.Length > 0 ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>The message for a <paramref name="setting"/> whose <paramref name="value"/> is not an absolute http or https URL.</summary>
    public static string Invalid(string setting, string value) =>
        $"{setting} must be an absolute http or https URL such as https://api.hubapi.com or http://127.0.0.1:5080 (a local emulator), not '{value}'.";
}
