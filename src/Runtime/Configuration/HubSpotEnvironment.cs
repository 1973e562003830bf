namespace Spoke.Configuration;

/// <summary>
/// Reads the environment variables every Spoke tool shares (<c>HUBSPOT_TOKEN</c>, <c>HUBSPOT_BASE_URL</c>) into client options,
/// so the library, the CLI and the build targets agree on one name per setting.
/// </summary>
internal static class HubSpotEnvironment
{
    /// <summary>Sets the token and base address from the variables that are set; leaves the rest as it is.</summary>
    /// <exception cref="InvalidOperationException"><c>HUBSPOT_BASE_URL</c> is not an absolute http or https URL; the message names it.</exception>
    public static void ApplyTo(HubSpotClientOptions options, Func<string, string?> variables)
    {
        if (variables(HubSpotClientOptions.TokenEnvironmentVariable) is { } token && !string.IsNullOrWhiteSpace(token))
        {
            options.AccessToken = token.Trim();
        }

        if (variables(HubSpotClientOptions.BaseUrlEnvironmentVariable) is { } baseUrl && !string.IsNullOrWhiteSpace(baseUrl))
        {
            options.BaseAddress = ParseBaseUrl(baseUrl.Trim())
                ?? throw new InvalidOperationException(InvalidBaseUrl(HubSpotClientOptions.BaseUrlEnvironmentVariable, baseUrl));
        }
    }

    /// <summary>
    /// Parses an API root as an absolute http or https URL ending in <c>/</c>, so request paths are appended to it rather than
    /// replacing its last segment; <see langword="null"/> when it is not one.
    /// </summary>
    public static Uri? ParseBaseUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return uri.AbsolutePath.EndsWith('/') || uri.Query.Length > 0 || uri.Fragment.Length > 0 ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>The message for a base URL setting that is not an absolute http or https URL.</summary>
    public static string InvalidBaseUrl(string setting, string value) =>
        $"{setting} must be an absolute http or https URL such as https://api.hubapi.com or http://127.0.0.1:5080 (a local emulator), not '{value}'.";
}
