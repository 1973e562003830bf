using Microsoft.Extensions.Options;

namespace Spoke.AspNetCore.Webhooks;

/// <summary>Fails application start-up, with a message that says what to fix, when the webhook options cannot work.</summary>
internal sealed class HubSpotWebhookOptionsValidator : IValidateOptions<HubSpotWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, HubSpotWebhookOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail($"HubSpot webhooks: {problem}") : ValidateOptionsResult.Success;
}
