namespace Spoke.Emulator;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answer with <see cref="FaultRule.StatusCode"/> (429 gets HubSpot's rate-limit body) without running the request.</summary>
    Status,

    /// <summary>Wait <see cref="FaultRule.Latency"/>, then serve the request normally.</summary>
    Latency,

    /// <summary>Abort the connection before the request runs.</summary>
    DropConnection,

    /// <summary>Run the request (the write is applied), then abort the connection so the client never sees the response.</summary>
    LoseResponseAfterWrite,
}
