using System.Runtime.ExceptionServices;
using System.Text.Json;
using Spoke.Batch;
using Spoke.Http;
using Spoke.Json;

namespace Spoke;

/// <summary>
/// Batches: any number of inputs in chunks of HubSpot's batch size, sent concurrently through the limiter, with one result per
/// input mapped back by key.
/// </summary>
public partial class HubSpotClient
{
    /// <summary>
    /// Reads any number of records by id (or by a unique property), in requests of <see cref="HubSpotLimits.MaxBatchSize"/>.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="ids">The ids, or the unique values when <paramref name="idProperty"/> is given.</param>
    /// <param name="properties">The properties to read; null reads every property the record type has a member for.</param>
    /// <param name="idProperty">A unique property the <paramref name="ids"/> are values of, such as <c>email</c>; null for record ids.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per id, in input order; ids HubSpot does not know are failures, not exceptions.</returns>
    public virtual Task<BatchResult<string, T>> BatchReadAsync<T>(
        IEnumerable<string> ids, IEnumerable<string>? properties = null, string? idProperty = null, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(ids);
        return BatchReadCoreAsync(RecordCodec.For<T>(), [.. ids], properties, idProperty, options, cancellationToken);
    }

    /// <summary>
    /// Creates any number of records in requests of <see cref="HubSpotLimits.MaxBatchSize"/>. Each input gets its own outcome:
    /// one invalid input does not fail the others.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="inputs">The records to create.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per input, in input order.</returns>
    /// <remarks>
    /// Creates are not retried once a request may have reached HubSpot. If a chunk's answer is lost, its inputs are reported
    /// as failed even though HubSpot may have created them; use <see cref="BatchUpsertAsync{T}"/> when a unique property exists.
    /// </remarks>
    public virtual Task<BatchResult<ICrmInput<T>, T>> BatchCreateAsync<T>(
        IEnumerable<ICrmInput<T>> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return BatchWriteCoreAsync(
            RecordCodec.For<T>(), BatchWrite.Create, [.. inputs], static input => input, static _ => null, options, cancellationToken);
    }

    /// <summary>Updates any number of records by id in requests of <see cref="HubSpotLimits.MaxBatchSize"/>.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="updates">The records to change: an id and the properties to set (null clears) for each.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per update, in input order.</returns>
    public virtual Task<BatchResult<RecordUpdate<ICrmInput<T>>, T>> BatchUpdateAsync<T>(
        IEnumerable<RecordUpdate<ICrmInput<T>>> updates, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(updates);
        return BatchWriteCoreAsync(
            RecordCodec.For<T>(), BatchWrite.Update, [.. updates], static update => update.Input, static update => update.Id, options, cancellationToken);
    }

    /// <summary>
    /// Creates or updates any number of records by a unique property, in requests of <see cref="HubSpotLimits.MaxBatchSize"/>.
    /// Each input must set the unique property; its value identifies the record. Safe to retry: repeating it leaves the same state.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="idProperty">The unique property, such as <c>email</c> for contacts.</param>
    /// <param name="inputs">The records to write.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>
    /// One result per input, in input order, each with its <see cref="BatchItemResult{TInput, TRecord}.UpsertOutcome"/>: created,
    /// updated, or (after a lost answer and a retry) possibly either.
    /// </returns>
    public virtual Task<BatchResult<ICrmInput<T>, T>> BatchUpsertAsync<T>(
        string idProperty, IEnumerable<ICrmInput<T>> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idProperty);
        ArgumentNullException.ThrowIfNull(inputs);
        return BatchWriteCoreAsync(
            RecordCodec.For<T>(), BatchWrite.Upsert(idProperty), [.. inputs], static input => input, static _ => null, options, cancellationToken);
    }

    /// <summary>
    /// Archives any number of records by id, in requests of <see cref="HubSpotLimits.MaxBatchSize"/> sent concurrently as
    /// the budget allows. A request HubSpot refuses does not stop the others; once they have run, the call fails with the
    /// first refusal.
    /// </summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="ids">The record ids.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when HubSpot has archived every record.</returns>
    /// <exception cref="HubSpotException">HubSpot refused a request, after every other request ran.</exception>
    public virtual Task BatchArchiveAsync<T>(IEnumerable<string> ids, CancellationToken cancellationToken = default)
        where T : CrmRecord, ICrmObject<T>
    {
        ArgumentNullException.ThrowIfNull(ids);
        return BatchArchiveCoreAsync(T.ObjectType, [.. ids], cancellationToken);
    }

    /// <summary>Reads many records by id or unique value; see <see cref="BatchReadAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="ids">The ids, or unique values when <paramref name="idProperty"/> is given.</param>
    /// <param name="properties">The properties to read; null for HubSpot's defaults.</param>
    /// <param name="idProperty">The unique property the ids are values of, or null.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per id, in input order.</returns>
    public virtual Task<BatchResult<string, CrmObject>> BatchReadAsync(
        CrmObjectType objectType, IEnumerable<string> ids, IEnumerable<string>? properties = null, string? idProperty = null,
        BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return BatchReadCoreAsync(Untyped(objectType), [.. ids], properties, idProperty, options, cancellationToken);
    }

    /// <summary>Creates many records; see <see cref="BatchCreateAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="inputs">The records to create.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per input, in input order.</returns>
    public virtual Task<BatchResult<CrmObjectInput, CrmObject>> BatchCreateAsync(
        CrmObjectType objectType, IEnumerable<CrmObjectInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return BatchWriteCoreAsync(Untyped(objectType), BatchWrite.Create, [.. inputs], static input => input, static _ => null, options, cancellationToken);
    }

    /// <summary>Updates many records by id; see <see cref="BatchUpdateAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="updates">The records to change.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per update, in input order.</returns>
    public virtual Task<BatchResult<RecordUpdate<CrmObjectInput>, CrmObject>> BatchUpdateAsync(
        CrmObjectType objectType, IEnumerable<RecordUpdate<CrmObjectInput>> updates, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        return BatchWriteCoreAsync(
            Untyped(objectType), BatchWrite.Update, [.. updates], static update => update.Input, static update => update.Id, options, cancellationToken);
    }

    /// <summary>Creates or updates many records by a unique property; see <see cref="BatchUpsertAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="idProperty">The unique property each input sets, such as <c>email</c>.</param>
    /// <param name="inputs">The records to write.</param>
    /// <param name="options">Concurrency and progress.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per input, in input order, each with its upsert outcome.</returns>
    public virtual Task<BatchResult<CrmObjectInput, CrmObject>> BatchUpsertAsync(
        CrmObjectType objectType, string idProperty, IEnumerable<CrmObjectInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idProperty);
        ArgumentNullException.ThrowIfNull(inputs);
        return BatchWriteCoreAsync(
            Untyped(objectType), BatchWrite.Upsert(idProperty), [.. inputs], static input => input, static _ => null, options, cancellationToken);
    }

    /// <summary>Archives many records by id; see <see cref="BatchArchiveAsync{T}"/>.</summary>
    /// <param name="objectType">The object type.</param>
    /// <param name="ids">The record ids.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when HubSpot has archived every record.</returns>
    public virtual Task BatchArchiveAsync(CrmObjectType objectType, IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(ids);
        return BatchArchiveCoreAsync(objectType, [.. ids], cancellationToken);
    }

    private Task<BatchResult<string, T>> BatchReadCoreAsync<T>(
        RecordCodec<T> codec, IReadOnlyList<string> ids, IEnumerable<string>? properties, string? idProperty, BatchOptions? options, CancellationToken cancellationToken)
        where T : CrmRecord
    {
        var requested = codec.PropertiesOrDefault(properties);
        if (idProperty is not null && !requested.Contains(idProperty, StringComparer.Ordinal))
        {
            // The unique value is how a result is matched back to its input, so it must come back.
            requested = [.. requested, idProperty];
        }

        var items = ids.Select((id, index) => idProperty is null
            ? new BatchInputItem<string>(index, id, TraceId: null, RecordId: id)
            : new BatchInputItem<string>(index, id, TraceId: null, UniqueValue: id)).ToList();
        return BatchRunner.RunAsync<string, T>(
            items,
            HubSpotLimits.MaxBatchSize,
            static item => string.IsNullOrWhiteSpace(item.Input) ? BatchErrors.Rejected("The id is empty.") : null,
            async (chunk, outcomes, token) =>
            {
                var request = BatchReadRequest.Create(codec.ObjectType, chunk.Select(static item => item.Input), requested, idProperty, archived: false);
                var response = await SendCoreAsync(request, token).ConfigureAwait(false);
                BatchOutcomeMatcher.Match(chunk, BatchResponseReader.Read(response.Content, codec.Read, idProperty), BatchMatching<string, T>.Shared, outcomes);
            },
            () => ConcurrencyFor(RequestKind.Read),
            options,
            cancellationToken);
    }

    private Task<BatchResult<TInput, T>> BatchWriteCoreAsync<TInput, T>(
        RecordCodec<T> codec,
        BatchWrite write,
        IReadOnlyList<TInput> inputs,
        Func<TInput, ICrmInput> propertiesOf,
        Func<TInput, string?> idOf,
        BatchOptions? options,
        CancellationToken cancellationToken)
        where T : CrmRecord
    {
        // The trace id asks HubSpot for per-input results (207) and maps each result back to its input.
        var traceIds = new BatchTraceIds();
        var items = new List<BatchInputItem<TInput>>(inputs.Count);
        for (var index = 0; index < inputs.Count; index++)
        {
            var input = inputs[index];
            items.Add(input is null ? new BatchInputItem<TInput>(index, input, traceIds.For(index))
                : write.IdProperty is { } idProperty ? new BatchInputItem<TInput>(index, input, traceIds.For(index), UniqueValue: UniqueValue(propertiesOf(input), idProperty))
                : new BatchInputItem<TInput>(index, input, traceIds.For(index), RecordId: idOf(input)));
        }

        var matching = write.MatchByPosition
            ? new BatchMatching<TInput, T> { PositionalCheck = (input, record) => CreateResultCheck.Agrees(propertiesOf(input), record) }
            : BatchMatching<TInput, T>.Distinct;

        return BatchRunner.RunAsync<TInput, T>(
            items,
            HubSpotLimits.MaxBatchSize,
            item => Reject(item, write),
            async (chunk, outcomes, token) =>
            {
                var request = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.Batch(codec.ObjectType, write.Operation), write.Kind, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteStartArray("inputs");
                    foreach (var item in chunk)
                    {
                        WriteInput(writer, write, item, propertiesOf(item.Input));
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                var response = await SendCoreAsync(request, token).ConfigureAwait(false);
                BatchOutcomeMatcher.Match(
                    chunk, BatchResponseReader.Read(response.Content, codec.Read, write.IdProperty), matching, outcomes, response.EarlierAttemptMayHaveTakenEffect);
            },
            () => ConcurrencyFor(write.Kind),
            options,
            cancellationToken);
    }

    private static string? UniqueValue(ICrmInput input, string idProperty) =>
        input.Changes.TryGetValue(idProperty, out var value) && value.Length > 0 ? value : null;

    private static BatchItemError? Reject<TInput>(BatchInputItem<TInput> item, BatchWrite write) =>
        item.Input is null ? BatchErrors.Rejected("The input is null.")
        : !write.RequiresId || !string.IsNullOrWhiteSpace(item.SentId) ? null
        : write.IdProperty is { } name ? BatchErrors.Rejected($"The input does not set '{name}', the unique property that identifies the record to upsert.")
        : BatchErrors.Rejected("The update has no record id.");

    private static void WriteInput<TInput>(Utf8JsonWriter writer, BatchWrite write, BatchInputItem<TInput> item, ICrmInput input)
    {
        writer.WriteStartObject();
        if (write.RequiresId)
        {
            writer.WriteString("id", item.SentId);
        }

        if (write.IdProperty is { } idProperty)
        {
            writer.WriteString("idProperty", idProperty);
        }

        // The unique value already travels as "id"; sending it twice makes some servers count it as a duplicate input.
        writer.WritePropertyName("properties");
        PropertiesJson.Write(writer, input.Changes, except: write.IdProperty);

        writer.WriteString("objectWriteTraceId", item.TraceId);
        writer.WriteEndObject();
    }

    private async Task BatchArchiveCoreAsync(CrmObjectType objectType, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(ids));
        }

        var items = ids.Select((id, index) => new BatchInputItem<string>(index, id, TraceId: null, RecordId: id)).ToList();
        var result = await BatchRunner.RunAsync<string, CrmObject>(
            items,
            HubSpotLimits.MaxBatchSize,
            static _ => null,
            async (chunk, outcomes, token) =>
            {
                var request = HubSpotRequest.WithJson(HttpMethod.Post, CrmPaths.Batch(objectType, "archive"), RequestKind.IdempotentWrite, writer =>
                {
                    writer.WriteStartObject();
                    BatchIdsJson.WriteInputs(writer, chunk.Select(static item => item.Input));
                    writer.WriteEndObject();
                });
                await SendCoreAsync(request, token).ConfigureAwait(false);
                foreach (var item in chunk)
                {
                    outcomes[item.Index] = new BatchItemResult<string, CrmObject>(item.Index, item.Input, Record: null, Error: null);
                }
            },
            () => ConcurrencyFor(RequestKind.IdempotentWrite),
            options: null,
            cancellationToken).ConfigureAwait(false);

        // The archive has no per-record answer to give: a request HubSpot refused fails the whole call, once the others ran.
        if (result.Failures.FirstOrDefault()?.Error?.Exception is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }
}
