using Microsoft.Extensions.Options;

namespace Spoke;

/// <summary>
/// Validates <see cref="HubSpotClientOptions"/> configured through dependency injection with the rules the client's
/// constructors apply, so a bad token or limit fails when the options are first read (or at host start) rather than on a request.
/// </summary>
internal sealed class HubSpotClientOptionsValidation : IValidateOptions<HubSpotClientOptions>
{
    public ValidateOptionsResult Validate(string? name, HubSpotClientOptions options) =>
        HubSpotClientOptionsValidator.FindProblem(options) is { } problem
            ? ValidateOptionsResult.Fail(HubSpotClientOptionsValidator.Describe(problem))
            : ValidateOptionsResult.Success;
}
