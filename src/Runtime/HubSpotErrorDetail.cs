namespace Spoke;

/// <summary>One entry of the <c>errors</c> array of a HubSpot error response.</summary>
/// <param name="Message">What is wrong with this input, in HubSpot's words.</param>
/// <param name="Code">A machine-readable code such as <c>INVALID_INTEGER</c>, if given.</param>
/// <param name="In">Where the problem is (for example a property name), if given.</param>
/// <param name="SubCategory">A finer classification, if given.</param>
/// <param name="Context">Details keyed by name, such as <c>propertyName</c> or <c>requiredScopes</c>.</param>
public sealed record HubSpotErrorDetail(
    string Message,
    string? Code,
    string? In,
    string? SubCategory,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Context);
