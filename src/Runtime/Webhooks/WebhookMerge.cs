namespace Spoke.Webhooks;

/// <summary>The records a <see cref="WebhookEventKind.Merge"/> event joined.</summary>
/// <param name="PrimaryObjectId">The record the others were merged into.</param>
/// <param name="MergedObjectIds">The records merged into the primary one.</param>
/// <param name="NewObjectId">The id of the record that results from the merge.</param>
/// <param name="NumberOfPropertiesMoved">How many property values were moved to the result.</param>
public sealed record WebhookMerge(long PrimaryObjectId, IReadOnlyList<long> MergedObjectIds, long NewObjectId, int NumberOfPropertiesMoved);
