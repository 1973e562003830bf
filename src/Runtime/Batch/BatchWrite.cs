using Spoke.Http;

namespace Spoke.Batch;

/// <summary>What distinguishes the batch write endpoints: path, retry safety, and how inputs are identified.</summary>
/// <param name="Operation">The last path segment: <c>create</c>, <c>update</c> or <c>upsert</c>.</param>
/// <param name="Kind">Whether the request is safe to repeat.</param>
/// <param name="RequiresId">Whether each input carries an <c>id</c> (the record id, or the unique value for upserts).</param>
/// <param name="IdProperty">The unique property of an upsert, or null.</param>
/// <param name="MatchByPosition">
/// Whether results that echo no trace id may be paired with inputs by position, when each pair agrees (creates carry no key of the input's).
/// </param>
internal sealed record BatchWrite(string Operation, RequestKind Kind, bool RequiresId, string? IdProperty, bool MatchByPosition)
{
    /// <summary>A plain create: not safe to repeat once it may have reached HubSpot.</summary>
    public static BatchWrite Create { get; } = new("create", RequestKind.NonIdempotentWrite, RequiresId: false, IdProperty: null, MatchByPosition: true);

    /// <summary>An update by record id.</summary>
    public static BatchWrite Update { get; } = new("update", RequestKind.IdempotentWrite, RequiresId: true, IdProperty: null, MatchByPosition: false);

    /// <summary>An upsert by a unique property.</summary>
    public static BatchWrite Upsert(string idProperty) => new("upsert", RequestKind.IdempotentWrite, RequiresId: true, idProperty, MatchByPosition: false);
}
