namespace Spoke.Batch;

/// <summary>Turns HubSpot's <c>new</c> flag into an <see cref="UpsertOutcome"/>, never claiming an update this call may have been a create.</summary>
internal static class UpsertOutcomes
{
    /// <summary>The outcome of one upsert result.</summary>
    /// <param name="isNew">HubSpot's <c>new</c> flag, or null when the answer had none.</param>
    /// <param name="earlierAttemptMayHaveTakenEffect">
    /// Whether an earlier attempt of the request may have been applied: then a record HubSpot reports as existing may be
    /// the one that attempt created. A record reported as new did not exist before this attempt, so it is this call's.
    /// </param>
    public static UpsertOutcome From(bool? isNew, bool earlierAttemptMayHaveTakenEffect) => isNew switch
    {
        true => UpsertOutcome.Created,
        false when !earlierAttemptMayHaveTakenEffect => UpsertOutcome.Updated,
        _ => UpsertOutcome.CreatedOrUpdated,
    };
}
