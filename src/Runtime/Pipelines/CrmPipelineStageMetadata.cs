namespace Spoke.Pipelines;

/// <summary>The keys of HubSpot's stage metadata that Spoke reads and writes.</summary>
internal static class CrmPipelineStageMetadata
{
    public const string Probability = "probability";
    public const string IsClosed = "isClosed";
    public const string TicketState = "ticketState";
    public const string ClosedTicketState = "CLOSED";
}
