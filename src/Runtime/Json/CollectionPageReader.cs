using System.Text.Json;

namespace Spoke.Json;

/// <summary>One collection envelope as HubSpot sent it.</summary>
/// <param name="Results">The elements of <c>results</c>.</param>
/// <param name="After"><c>paging.next.after</c>, or null.</param>
/// <param name="Total"><c>total</c> (search only), or null.</param>
internal readonly record struct CollectionPage<T>(List<T> Results, string? After, long? Total);

/// <summary>
/// Reads HubSpot's collection envelopes (<c>{ "total"?, "results": [...], "paging"?: { "next": { "after" } } }</c>)
/// used by list and search responses.
/// </summary>
internal static class CollectionPageReader
{
    /// <summary>Reads one page, turning every element of <c>results</c> into a <typeparamref name="T"/>.</summary>
    public static CollectionPage<T> Read<T>(ReadOnlyMemory<byte> body, JsonValueReader<T> readRecord)
    {
        var reader = JsonObjectWalker.Open(body);
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a collection object");

        List<T> results = [];
        string? after = null;
        long? total = null;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("results"u8))
            {
                reader.Read();
                results = JsonObjectWalker.ReadArray(ref reader, readRecord, "the results array");
            }
            else if (reader.ValueTextEquals("paging"u8))
            {
                reader.Read();
                after = JsonObjectWalker.ReadNextAfter(ref reader);
            }
            else if (reader.ValueTextEquals("total"u8))
            {
                reader.Read();
                total = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var count) ? count : null;
                reader.Skip();
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return new CollectionPage<T>(results, after, total);
    }
}
