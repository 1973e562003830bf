using System.Globalization;
using System.Text.Json;
using Spoke.Batch;
using Spoke.Json;

namespace Spoke.Associations;

/// <summary>
/// Reads v4 batch association responses into the shape <see cref="BatchOutcomeMatcher"/> maps back to pairs. Default
/// associations answer <c>{ "from": { "id" }, "to": { "id" } }</c>; labelled ones <c>{ "fromObjectId", "toObjectId" }</c>.
/// </summary>
internal static class AssociationBatchReader
{
    /// <summary>The key a pair is matched by; the length prefix keeps ids that contain the separator from forming another pair's key.</summary>
    public static string Key(string fromId, string toId) => string.Create(CultureInfo.InvariantCulture, $"{fromId.Length}:{fromId}→{toId}");

    /// <summary>Reads a batch create response.</summary>
    public static BatchResponse<AssociationPair> Read(ReadOnlyMemory<byte> body) => BatchResponseReader.ReadEnvelope(body, ReadEntry);

    private static BatchResultEntry<AssociationPair> ReadEntry(ref Utf8JsonReader reader)
    {
        var pair = ReadPair(ref reader);
        return new BatchResultEntry<AssociationPair>(pair, Key(pair.FromId, pair.ToId), TraceId: null, UniqueValue: null, IsNew: null);
    }

    private static AssociationPair ReadPair(ref Utf8JsonReader reader)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "an association result");
        string? fromId = null, toId = null;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("fromObjectId"u8) || reader.ValueTextEquals("toObjectId"u8))
            {
                var isFrom = reader.ValueTextEquals("fromObjectId"u8);
                reader.Read();
                var id = JsonObjectWalker.ReadScalarAsString(ref reader);
                (fromId, toId) = isFrom ? (id, toId) : (fromId, id);
            }
            else if (reader.ValueTextEquals("from"u8) || reader.ValueTextEquals("to"u8))
            {
                var isFrom = reader.ValueTextEquals("from"u8);
                reader.Read();
                var id = ReadIdObject(ref reader);
                (fromId, toId) = isFrom ? (id, toId) : (fromId, id);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return new AssociationPair(fromId ?? string.Empty, toId ?? string.Empty);
    }

    private static string? ReadIdObject(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.StartObject
            ? JsonObjectWalker.ReadMember(ref reader, "id", JsonObjectWalker.ReadScalarAsString)
            : JsonObjectWalker.ReadScalarAsString(ref reader);
}
