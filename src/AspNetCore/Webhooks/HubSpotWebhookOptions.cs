using Spoke.Webhooks;

namespace Spoke.AspNetCore.Webhooks;

/// <summary>How the HubSpot webhook endpoints verify and read deliveries.</summary>
public sealed class HubSpotWebhookOptions : WebhookVerifierOptions
{
    /// <summary>The default <see cref="MaxBodyBytes"/>: 100 events whose values reach HubSpot's 65,536-character limit, with room to spare.</summary>
    public const long DefaultMaxBodyBytes = 8 * 1024 * 1024;

    /// <summary>
    /// The public URI HubSpot calls that corresponds to the app's path base, e.g. <c>https://hooks.example.com</c>, when the
    /// app runs behind a proxy or load balancer. HubSpot signs the URI it called; the endpoint's route path and query
    /// are appended to this. When <see langword="null"/>, the request's own scheme, host and path base are used.
    /// </summary>
    public Uri? PublicBaseUri { get; set; }

    /// <summary>
    /// The largest body accepted, at most <see cref="Array.MaxLength"/> (the body is read into one array); larger
    /// deliveries get 413 before anything is verified.
    /// </summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <inheritdoc/>
    protected override string? FindProblem()
    {
        if (PublicBaseUri is { IsAbsoluteUri: false })
        {
            return $"PublicBaseUri must be an absolute URI such as https://hooks.example.com; it is '{PublicBaseUri}'.";
        }

        return MaxBodyBytes <= 0 || MaxBodyBytes > Array.MaxLength
            ? $"MaxBodyBytes must be from 1 to {Array.MaxLength} (the body is read into one array); it is {MaxBodyBytes}."
            : base.FindProblem();
    }

    /// <summary>What is wrong with these options, for the validator that runs on start.</summary>
    internal string? Problem() => FindProblem();
}
