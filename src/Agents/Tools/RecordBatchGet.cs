using System.Runtime.ExceptionServices;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools.Arguments;
using Spoke.Agents.Tools.Results;

namespace Spoke.Agents.Tools;

/// <summary>
/// <c>manage_hubspot_records</c> <c>get</c> with <c>ids</c>: up to <see cref="HubSpotLimits.MaxBatchSize"/> records in one batch
/// read. Ids HubSpot does not know are listed under <c>notFound</c>; other refused ids under <c>errors</c>.
/// </summary>
internal static class RecordBatchGet
{
    public static async Task<string> RunAsync(ToolCall call, CrmObjectType objectType, CancellationToken cancellationToken)
    {
        if (call.Arguments.Has("id"))
        {
            throw ToolCallException.Invalid("Pass either 'id' (one record) or 'ids' (several), not both.");
        }

        if (call.Arguments.OptionalBool("archived"))
        {
            throw ToolCallException.Invalid("'archived' works with a single 'id' only; get archived records one at a time.");
        }

        var ids = call.Arguments.StringList("ids").Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            throw ToolCallException.Invalid("'ids' is empty: pass the record ids to get, e.g. [\"512\", \"513\"].");
        }

        if (ids.Count > HubSpotLimits.MaxBatchSize)
        {
            throw ToolCallException.Invalid(
                $"'ids' has {ids.Count} ids; one call reads at most {HubSpotLimits.MaxBatchSize}. Split them into calls of {HubSpotLimits.MaxBatchSize} or fewer.");
        }

        var idProperty = call.Arguments.OptionalString("idProperty");
        var propertiesToReturn = call.Arguments.StringList("propertiesToReturn");
        call.RecordIds.AddRange(ids);
        call.Authorize(objectType, RecordOperation.Read);
        call.AuthorizeReads(objectType, PropertyNames.At("idProperty", idProperty).Concat(PropertyNames.At("propertiesToReturn", propertiesToReturn)));
        var links = await call.Services.Account.LinksAsync(objectType, cancellationToken).ConfigureAwait(false);
        var result = await call.Services.HubSpot.BatchReadAsync(
            objectType, ids, propertiesToReturn.Count == 0 ? null : propertiesToReturn, idProperty, options: null, cancellationToken).ConfigureAwait(false);

        // HubSpot refused the request as a whole (a 429, a 5xx, a 403): the same advice as for any other call.
        if (!result.Records.Any() && result.Failures.Select(failure => failure.Error!.Exception).Distinct().ToList() is [HubSpotException refusal])
        {
            ExceptionDispatchInfo.Throw(refusal);
        }

        var notFound = result.Failures.Where(IsNotFound).Select(failure => failure.Input).ToList();
        var errors = result.Failures.Where(failure => !IsNotFound(failure)).ToList();
        call.RecordIds.AddRange(result.Records.Select(record => record.Id));
        return ResultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var record in result.Records)
            {
                ResultJson.WriteRecord(writer, record, links);
            }

            writer.WriteEndArray();
            if (notFound.Count > 0)
            {
                writer.WriteStartArray("notFound");
                foreach (var id in notFound)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
            }

            if (errors.Count > 0)
            {
                writer.WriteStartArray("errors");
                foreach (var failure in errors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", failure.Input);
                    writer.WriteString("message", failure.Error!.ToString());
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        });
    }

    private static bool IsNotFound(Batch.BatchItemResult<string, CrmObject> failure) =>
        failure.Error!.Category is "OBJECT_NOT_FOUND";
}
