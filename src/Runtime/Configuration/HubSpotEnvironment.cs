namespace Spoke.Configuration;

/// <summary>
/// Reads the environment variables every Spoke tool shares (<c>HUBSPOT_TOKEN</c>, <c>HUBSPOT_BASE_URL</c>) into client options,
/// so the library, the CLI and the build targets agree on one name per setting.
/// </summary>
internal static class HubSpotEnvironment
{
    /// <summary>
    /// Sets the token and base address from the variables that are set; leaves the rest as it is. A <c>HUBSPOT_BASE_URL</c>
    /// that is not an absolute http or https URL leaves no base address and returns why, so a later setting can still replace
    /// it and validation reports the variable only if none does.
    /// </summary>
    /// <returns>What is wrong with <c>HUBSPOT_BASE_URL</c>, or <see langword="null"/>.</returns>
    public static string? ApplyTo(HubSpotClientOptions options, Func<string, string?> variables)
    {
        if (variables(HubSpotClientOptions.TokenEnvironmentVariable) is { } token && !string.IsNullOrWhiteSpace(token))
        {
            options.AccessToken = token.Trim();
        }

        if (variables(HubSpotClientOptions.BaseUrlEnvironmentVariable) is { } baseUrl && !string.IsNullOrWhiteSpace(baseUrl))
        {
            var parsed = HubSpotBaseUrl.Parse(baseUrl);
            options.BaseAddress = parsed!;
            options.BaseAddressProblem = parsed is null ? HubSpotBaseUrl.Invalid(HubSpotClientOptions.BaseUrlEnvironmentVariable, baseUrl) : null;
            return options.BaseAddressProblem;
        }

        return null;
    }
}
