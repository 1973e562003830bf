using System.Text.Json;
using Spoke.Cli.Progress;
using Spoke.Cli.Schema.Snapshots;
using Spoke.Pipelines;

namespace Spoke.Cli.Schema.Fetching;

/// <summary>
/// Reads schema endpoints of the live account into canonical snapshot files, through the runtime's protocol method: the
/// client's rate limiter, retries, timeouts and token handling, and its <see cref="HubSpotException"/> for every failure. The
/// raw body is kept, so a snapshot holds every key HubSpot sent. It only reads: writing is the command's job, so a failed
/// request can never leave a file changed.
/// </summary>
/// <param name="client">The client to read through.</param>
/// <param name="progress">Where each request and its outcome is written, one line each.</param>
/// <param name="steps">Receives the sources read of the sources known after each one, for a progress bar; null for none.</param>
internal sealed class LiveSchemaReader(HubSpotClient client, TextWriter progress, IProgress<WorkProgress>? steps = null)
{
    /// <summary>
    /// Reads every source in order and returns the snapshot files; the first failure stops the read. Sources marked
    /// <see cref="SchemaSource.SkipWhenUnknown"/> that the account does not have are left out. After the custom object schemas,
    /// the pipelines of each custom object are read too, and left out for objects without pipelines.
    /// </summary>
    /// <exception cref="CliException">A request failed after the client's retries, or returned something that is not a schema list.</exception>
    public async Task<IReadOnlyList<SnapshotFile>> ReadAllAsync(IReadOnlyList<SchemaSource> sources, CancellationToken cancellationToken = default)
    {
        var pending = new Queue<SchemaSource>(sources);
        var files = new List<SnapshotFile>(sources.Count);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var done = 0;
        while (pending.TryDequeue(out var source))
        {
            var file = await ReadAsync(source, cancellationToken).ConfigureAwait(false);
            done++;
            if (file is null)
            {
                steps?.Report(new WorkProgress(done, done + pending.Count, clock.Elapsed));
                continue;
            }

            files.Add(file);
            if (source == SchemaSource.CustomObjectSchemas)
            {
                foreach (var (name, typeId) in CustomObjects(file.Content))
                {
                    pending.Enqueue(SchemaSource.Pipelines(typeId, name, skipWhenUnknown: true));
                }
            }

            steps?.Report(new WorkProgress(done, done + pending.Count, clock.Elapsed));
        }

        return files;
    }

    private async Task<SnapshotFile?> ReadAsync(SchemaSource source, CancellationToken cancellationToken)
    {
        await progress.WriteLineAsync($"GET {source.RelativePath}").ConfigureAwait(false);
        HubSpotResponse response;
        try
        {
            response = await client.SendAsync(HubSpotRequest.Get(source.RelativePath), cancellationToken).ConfigureAwait(false);
        }
        catch (HubSpotException exception) when (source.SkipWhenUnknown && IsUnknownObjectType(exception))
        {
            var why = source.Verbatim ? "the object has no pipelines" : "the account does not have this object type";
            await progress.WriteLineAsync($"  {source.Description}: {why}; skipped").ConfigureAwait(false);
            return null;
        }
        catch (HubSpotException exception)
        {
            throw new CliException($"{exception.Message}{Advice(exception)} No snapshot was changed.", ExitCodes.RequestFailed, exception);
        }

        try
        {
            var (content, count) = source.Verbatim ? Verbatim(response.Content) : SnapshotFormatter.Format(response.Content);
            await progress.WriteLineAsync($"  {source.Description}: {count} entries").ConfigureAwait(false);
            return new SnapshotFile(source.FileName, content);
        }
        catch (InvalidDataException exception)
        {
            throw new CliException(
                $"GET {source.RelativePath} answered {response.Status} but {exception.Message}. Check --base-url points at the HubSpot API root. No snapshot was changed.",
                ExitCodes.RequestFailed,
                exception);
        }
    }

    // A pipelines snapshot is HubSpot's body byte for byte; it must still read as pipelines, or the pull would keep junk.
    private static (byte[] Content, int Count) Verbatim(ReadOnlyMemory<byte> body)
    {
        try
        {
            return (body.ToArray(), CrmPipeline.FromPipelinesJson(body.Span).Count);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"the body is not a pipelines list ({exception.Message})", exception);
        }
    }

    // The custom objects of a pulled schemas.json: each one's name (its snapshot name) and type id (its path segment).
    private static IEnumerable<(string Name, string TypeId)> CustomObjects(byte[] schemas)
    {
        using var document = JsonDocument.Parse(schemas);
        if (!document.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. results.EnumerateArray()
            .Where(static schema => schema.ValueKind == JsonValueKind.Object)
            .Select(static schema => (Name: Text(schema, "name"), TypeId: Text(schema, "objectTypeId")))
            .Where(static entry => SchemaSelection.IsValidObjectType(entry.Name ?? string.Empty) && !string.IsNullOrEmpty(entry.TypeId))
            .Select(static entry => (entry.Name!, entry.TypeId!))];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsUnknownObjectType(HubSpotException exception) => exception.Status is 400 or 404;

    // What the runtime's message cannot know: which object types and scopes a schema pull needs.
    private static string Advice(HubSpotException exception) => exception.Status switch
    {
        400 or 404 => " Check the object type name (for example contacts, deals, or a custom object's fully qualified name).",
        403 when exception.RequiredScopes.Count == 0 => " Grant the token the crm.schemas.*.read scopes of these objects.",
        _ => string.Empty,
    };
}
