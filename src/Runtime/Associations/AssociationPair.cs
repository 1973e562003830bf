namespace Spoke.Associations;

/// <summary>Two records to link or unlink in a batch association operation.</summary>
/// <param name="FromId">The id of the record the association starts from.</param>
/// <param name="ToId">The id of the record it points to.</param>
public sealed record AssociationPair(string FromId, string ToId);
