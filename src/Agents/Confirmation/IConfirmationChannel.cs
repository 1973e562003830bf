namespace Spoke.Agents.Confirmation;

/// <summary>Asks a person to confirm a write: over MCP by elicitation, in process through the application's callback.</summary>
internal interface IConfirmationChannel
{
    /// <returns>The answer, and for <see cref="ConfirmationAnswer.Unavailable"/> why nobody could be asked.</returns>
    ValueTask<ConfirmationReply> AskAsync(WriteConfirmationRequest request, CancellationToken cancellationToken);
}

/// <summary>A person's answer, or why nobody could be asked.</summary>
/// <param name="Answer">The answer.</param>
/// <param name="Detail">For <see cref="ConfirmationAnswer.Unavailable"/>: why nobody could be asked.</param>
internal readonly record struct ConfirmationReply(ConfirmationAnswer Answer, string? Detail = null);
