namespace Spoke.Agents.Backend;

/// <summary>
/// The last HubSpot status and correlation id seen during one tool call, for the audit log. A tool call opens a scope;
/// <see cref="HubSpotExchangeRecorder"/> fills it from every response in that call's async flow.
/// </summary>
internal sealed class HubSpotExchange
{
    private static readonly AsyncLocal<HubSpotExchange?> CurrentScope = new();

    public static HubSpotExchange? Current => CurrentScope.Value;

    public int? StatusCode { get; set; }

    public string? CorrelationId { get; set; }

    public static HubSpotExchange Begin()
    {
        var exchange = new HubSpotExchange();
        CurrentScope.Value = exchange;
        return exchange;
    }
}
