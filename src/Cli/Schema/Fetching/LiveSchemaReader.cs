using Spoke.Cli.Schema.Snapshots;

namespace Spoke.Cli.Schema.Fetching;

/// <summary>
/// Reads schema endpoints of the live account into canonical snapshot files, through the runtime's protocol method: the
/// client's rate limiter, retries, timeouts and token handling, and its <see cref="HubSpotException"/> for every failure. The
/// raw body is kept, so a snapshot holds every key HubSpot sent. It only reads: writing is the command's job, so a failed
/// request can never leave a file changed.
/// </summary>
internal sealed class LiveSchemaReader(HubSpotClient client, TextWriter progress)
{
    /// <summary>
    /// Reads every source in order and returns the snapshot files; the first failure stops the read. Sources marked
    /// <see cref="SchemaSource.SkipWhenUnknown"/> that the account does not have are left out.
    /// </summary>
    /// <exception cref="CliException">A request failed after the client's retries, or returned something that is not a schema list.</exception>
    public async Task<IReadOnlyList<SnapshotFile>> ReadAllAsync(IReadOnlyList<SchemaSource> sources, CancellationToken cancellationToken = default)
    {
        var files = new List<SnapshotFile>(sources.Count);
        foreach (var source in sources)
        {
            if (await ReadAsync(source, cancellationToken).ConfigureAwait(false) is { } file)
            {
                files.Add(file);
            }
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
            await progress.WriteLineAsync($"  {source.Description}: the account does not have this object type; skipped").ConfigureAwait(false);
            return null;
        }
        catch (HubSpotException exception)
        {
            throw new CliException($"{exception.Message}{Advice(exception)} No snapshot was changed.", ExitCodes.RequestFailed, exception);
        }

        try
        {
            var (content, count) = SnapshotFormatter.Format(response.Content);
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

    private static bool IsUnknownObjectType(HubSpotException exception) => exception.Status is 400 or 404;

    // What the runtime's message cannot know: which object types and scopes a schema pull needs.
    private static string Advice(HubSpotException exception) => exception.Status switch
    {
        400 or 404 => " Check the object type name (for example contacts, deals, or a custom object's fully qualified name).",
        403 when exception.RequiredScopes.Count == 0 => " Grant the token the crm.schemas.*.read scopes of these objects.",
        _ => string.Empty,
    };
}
