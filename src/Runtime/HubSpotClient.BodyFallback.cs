using Spoke.Batch;
using Spoke.Http;
using Spoke.Json;

namespace Spoke;

/// <summary>
/// Single-record reads and updates whose URL would be too long (every property of a wide record type, or a long unique value
/// in the path) go through the batch endpoint with one input, which carries the same ids, properties, <c>idProperty</c> and
/// <c>archived</c> flag in the body. A record that does not exist is a <see cref="HubSpotException"/> with status 404 either way.
/// Batch reads carry no <c>associations</c>, so a read that asks for associations must keep to a short URL.
/// </summary>
public partial class HubSpotClient
{
    private const int MaxValueCharsInMessage = 100;

    private async Task<T> ReadOneInBodyAsync<T>(
        RecordCodec<T> codec, string id, string? idProperty, IReadOnlyList<string> properties, bool archived, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var request = BatchReadRequest.Create(codec.ObjectType, [id], properties, idProperty, archived);
        var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return OnlyRecord(codec, request, response, Subject(codec.ObjectType, id, idProperty, archived));
    }

    private async Task<T> UpdateOneInBodyAsync<T>(RecordCodec<T> codec, string id, string? idProperty, ICrmInput input, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var request = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.Batch(codec.ObjectType, "update"), RequestKind.IdempotentWrite, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("inputs");
            writer.WriteStartObject();
            writer.WriteString("id", id);
            if (idProperty is not null)
            {
                writer.WriteString("idProperty", idProperty);
            }

            writer.WritePropertyName("properties");
            PropertiesJson.Write(writer, input.Changes);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return OnlyRecord(codec, request, response, Subject(codec.ObjectType, id, idProperty, archived: false));
    }

    private static T OnlyRecord<T>(RecordCodec<T> codec, HubSpotRequest request, HubSpotResponse response, string subject)
        where T : CrmRecord
    {
        var batch = BatchResponseReader.Read(response.Content, codec.Read, uniqueProperty: null);
        return batch.Results.Count > 0
            ? batch.Results[0].Record
            : throw HubSpotExceptionFactory.FromMissingBatchResult(request, response, batch.Errors, subject);
    }

    private static string Subject(CrmObjectType objectType, string id, string? idProperty, bool archived)
    {
        var shown = id.Length <= MaxValueCharsInMessage ? id : string.Concat(id.AsSpan(0, MaxValueCharsInMessage), "…");
        return $"{objectType.Name} record {(idProperty is null ? $"with id {shown}" : $"whose {idProperty} is {shown}")}{(archived ? " in the recycle bin" : string.Empty)}";
    }
}
