using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Spoke.Configuration;

/// <summary>
/// The first step that configures <see cref="HubSpotClientOptions"/> in dependency injection: the environment variables, then a
/// configuration section over them. Every <c>AddHubSpot(options =&gt; …)</c> or <c>Configure&lt;HubSpotClientOptions&gt;</c> call
/// runs after it, so code wins over configuration, and configuration over the environment.
/// </summary>
/// <param name="section">The section to bind, or <see langword="null"/> when there is none.</param>
/// <param name="variables">Reads an environment variable.</param>
internal sealed class HubSpotConfigurationDefaults(IConfiguration? section, Func<string, string?> variables) : IConfigureOptions<HubSpotClientOptions>
{
    /// <inheritdoc/>
    public void Configure(HubSpotClientOptions options)
    {
        HubSpotEnvironment.ApplyTo(options, variables);

        if (section is null)
        {
            return;
        }

        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException exception)
        {
            // The binder's own message names the key and the value; its inner exception says why the value did not convert.
            throw Invalid($"{exception.Message} {exception.InnerException?.Message}".TrimEnd());
        }
    }

    private static OptionsValidationException Invalid(string problem) =>
        new(Options.DefaultName, typeof(HubSpotClientOptions), [HubSpotClientOptionsValidator.Describe(problem)]);
}
