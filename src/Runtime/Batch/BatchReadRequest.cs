using Spoke.Http;

namespace Spoke.Batch;

/// <summary>Builds <c>POST crm/v3/objects/{objectType}/batch/read</c>: ids, properties and <c>idProperty</c> in the body, <c>archived</c> in the query.</summary>
internal static class BatchReadRequest
{
    public static HubSpotRequest Create(CrmObjectType objectType, IEnumerable<string> ids, IReadOnlyList<string> properties, string? idProperty, bool archived) =>
        HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.Batch(objectType, "read"), RequestKind.Read, writer =>
        {
            writer.WriteStartObject();
            BatchIdsJson.WriteInputs(writer, ids);
            writer.WriteStartArray("properties");
            foreach (var property in properties)
            {
                writer.WriteStringValue(property);
            }

            writer.WriteEndArray();
            if (idProperty is not null)
            {
                writer.WriteString("idProperty", idProperty);
            }

            writer.WriteEndObject();
        },
        archived ? [new("archived", "true")] : []);
}
