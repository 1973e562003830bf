namespace Spoke.Emulator;

/// <summary>One fault injection rule: what happens, how often and to which requests.</summary>
/// <param name="Kind">What the fault does.</param>
public sealed record FaultRule(FaultKind Kind)
{
    /// <summary>The share of matching requests that get the fault, from 0 to 100.</summary>
    public double Percentage { get; init; } = 100;

    /// <summary>The status code a <see cref="FaultKind.Status"/> fault answers with (429, 500, 502, 503 or 504 are typical).</summary>
    public int StatusCode { get; init; } = 503;

    /// <summary>The delay a <see cref="FaultKind.Latency"/> fault adds.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The HTTP method the rule applies to (e.g. <c>POST</c>); <see langword="null"/> for every method.</summary>
    public string? Method { get; init; }

    /// <summary>
    /// The request paths the rule applies to, where <c>*</c> matches any characters
    /// (e.g. <c>/crm/v3/objects/contacts*</c>); <see langword="null"/> for every path.
    /// </summary>
    public string? PathPattern { get; init; }
}
