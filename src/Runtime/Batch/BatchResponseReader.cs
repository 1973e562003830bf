using System.Text.Json;
using Spoke.Http;
using Spoke.Json;

namespace Spoke.Batch;

/// <summary>One element of a batch response's <c>results</c>, with the keys used to map it back to its input.</summary>
internal readonly record struct BatchResultEntry<TRecord>(TRecord Record, string? Id, string? TraceId, string? UniqueValue, bool? IsNew);

/// <summary>The parsed body of a batch response: its results and per-input errors.</summary>
internal sealed record BatchResponse<TRecord>(List<BatchResultEntry<TRecord>> Results, List<BatchItemError> Errors);

/// <summary>
/// Reads HubSpot batch responses (<c>{ "status", "results": [...], "numErrors"?, "errors"?: [StandardError] }</c>).
/// Each result object is scanned once for its mapping keys (<c>id</c>, <c>objectWriteTraceId</c>, upsert's <c>new</c>,
/// the unique property's value) and then handed to the record reader, so records are still read straight from the bytes.
/// </summary>
internal static class BatchResponseReader
{
    /// <summary>Reads a batch response body of records.</summary>
    /// <param name="body">The response body.</param>
    /// <param name="readRecord">Reads one record.</param>
    /// <param name="uniqueProperty">The property whose value identifies an input (upsert or read by <c>idProperty</c>), or null.</param>
    public static BatchResponse<TRecord> Read<TRecord>(ReadOnlyMemory<byte> body, JsonValueReader<TRecord> readRecord, string? uniqueProperty) =>
        ReadEnvelope(body, (ref Utf8JsonReader reader) => ReadEntry(ref reader, readRecord, uniqueProperty));

    /// <summary>Reads the envelope of any batch response, each element of <c>results</c> with <paramref name="readEntry"/>.</summary>
    public static BatchResponse<TResult> ReadEnvelope<TResult>(ReadOnlyMemory<byte> body, JsonValueReader<BatchResultEntry<TResult>> readEntry)
    {
        List<BatchResultEntry<TResult>> results = [];
        List<BatchItemError> errors = [];
        if (body.IsEmpty)
        {
            return new BatchResponse<TResult>(results, errors);
        }

        var reader = JsonObjectWalker.Open(body);
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a batch response object");
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("results"u8))
            {
                reader.Read();
                results = JsonObjectWalker.ReadArray(ref reader, readEntry, "the results array");
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                reader.Read();
                errors = JsonObjectWalker.ReadArray(ref reader, ReadError, "the errors array");
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return new BatchResponse<TResult>(results, errors);
    }

    /// <summary>Reads one HubSpot <c>StandardError</c> object of a batch answer's <c>errors</c>.</summary>
    public static BatchItemError ReadError(ref Utf8JsonReader reader)
    {
        var error = HubSpotErrorReader.Read(ref reader);
        return new BatchItemError(
            error.Category ?? error.ErrorType, error.SubCategory, error.Message ?? "HubSpot reported an error for this input without a message.", error.Context);
    }

    private static BatchResultEntry<TRecord> ReadEntry<TRecord>(ref Utf8JsonReader reader, JsonValueReader<TRecord> readRecord, string? uniqueProperty)
    {
        JsonObjectWalker.Expect(ref reader, JsonTokenType.StartObject, "a result object");
        var scan = reader;
        string? id = null, traceId = null, uniqueValue = null;
        bool? isNew = null;
        while (JsonObjectWalker.NextPropertyName(ref scan))
        {
            if (scan.ValueTextEquals("id"u8))
            {
                scan.Read();
                id = JsonObjectWalker.ReadScalarAsString(ref scan);
            }
            else if (scan.ValueTextEquals("objectWriteTraceId"u8))
            {
                scan.Read();
                traceId = JsonObjectWalker.ReadScalarAsString(ref scan);
            }
            else if (scan.ValueTextEquals("new"u8))
            {
                scan.Read();
                isNew = scan.TokenType switch { JsonTokenType.True => true, JsonTokenType.False => false, _ => null };
            }
            else if (uniqueProperty is not null && scan.ValueTextEquals("properties"u8))
            {
                scan.Read();
                uniqueValue = ReadPropertyValue(ref scan, uniqueProperty);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref scan);
            }
        }

        var record = readRecord(ref reader);
        return new BatchResultEntry<TRecord>(record, id, traceId, uniqueValue, isNew);
    }

    private static string? ReadPropertyValue(ref Utf8JsonReader reader, string propertyName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? value = null;
        while (JsonObjectWalker.NextPropertyName(ref reader))
        {
            if (reader.ValueTextEquals(propertyName))
            {
                reader.Read();
                value = JsonObjectWalker.ReadScalarAsString(ref reader);
            }
            else
            {
                JsonObjectWalker.SkipValue(ref reader);
            }
        }

        return value;
    }
}
