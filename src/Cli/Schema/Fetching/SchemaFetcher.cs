using System.Net;
using System.Net.Http.Headers;
using Spoke.Cli.Connection;
using Spoke.Cli.Schema.Snapshots;

namespace Spoke.Cli.Schema.Fetching;

/// <summary>
/// Reads schema endpoints from HubSpot (or the emulator) into canonical snapshot files, retrying 429, 5xx and lost
/// connections on the <see cref="RetrySchedule"/>. It only reads: writing is <see cref="SnapshotDirectory"/>'s job, so a
/// failed request can never leave a file changed.
/// </summary>
internal sealed class SchemaFetcher : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient httpClient;
    private readonly RetrySchedule retrySchedule;
    private readonly TextWriter progress;

    /// <summary>Creates a fetcher for <paramref name="connection"/>; progress lines go to <paramref name="progress"/>.</summary>
    public SchemaFetcher(HubSpotConnection connection, RetrySchedule retrySchedule, TextWriter progress)
    {
        httpClient = new HttpClient { BaseAddress = connection.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", connection.AccessToken);
        httpClient.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        httpClient.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("spoke-cli", typeof(SchemaFetcher).Assembly.GetName().Version?.ToString(3)));
        this.retrySchedule = retrySchedule;
        this.progress = progress;
    }

    /// <summary>Reads every source in order and returns the snapshot files; the first failure stops the read.</summary>
    /// <exception cref="CliException">A request failed after its retries or returned something that is not a schema list.</exception>
    public async Task<IReadOnlyList<SnapshotFile>> FetchAllAsync(IReadOnlyList<SchemaSource> sources, CancellationToken cancellationToken = default)
    {
        var files = new List<SnapshotFile>(sources.Count);
        foreach (var source in sources)
        {
            files.Add(await FetchAsync(source, cancellationToken).ConfigureAwait(false));
        }

        return files;
    }

    /// <summary>Reads one source into a canonical snapshot file.</summary>
    /// <exception cref="CliException">The request failed after its retries or returned something that is not a schema list.</exception>
    public async Task<SnapshotFile> FetchAsync(SchemaSource source, CancellationToken cancellationToken = default)
    {
        var body = await GetWithRetriesAsync(source, cancellationToken).ConfigureAwait(false);
        try
        {
            var (content, count) = SnapshotFormatter.Format(body);
            await progress.WriteLineAsync($"  {source.Description}: {count} entries").ConfigureAwait(false);
            return new SnapshotFile(source.FileName, content);
        }
        catch (InvalidDataException exception)
        {
            throw new CliException(
                $"GET {source.RelativePath} answered 200 but {exception.Message}. Check --base-url points at the HubSpot API root.",
                ExitCodes.RequestFailed,
                exception);
        }
    }

    /// <inheritdoc />
    public void Dispose() => httpClient.Dispose();

    private async Task<byte[]> GetWithRetriesAsync(SchemaSource source, CancellationToken cancellationToken)
    {
        await progress.WriteLineAsync($"GET {source.RelativePath}").ConfigureAwait(false);
        for (var retry = 0; ; retry++)
        {
            var (body, failure, retryAfter, retryable) = await TryGetAsync(source, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                return body!;
            }

            if (!retryable || retry == retrySchedule.MaxRetries)
            {
                var attempts = retry == 0 ? string.Empty : $" after {retry + 1} attempts";
                throw new CliException($"GET {source.RelativePath} failed{attempts}: {failure} No snapshot was changed.", ExitCodes.RequestFailed);
            }

            var delay = retrySchedule.DelayBefore(retry + 1, retryAfter);
            await progress.WriteLineAsync($"  {failure} Retrying in {delay.TotalSeconds:0.#} s.").ConfigureAwait(false);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(byte[]? Body, string? Failure, TimeSpan? RetryAfter, bool Retryable)> TryGetAsync(
        SchemaSource source, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            using var response = await httpClient.GetAsync(source.RelativePath, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return (body, null, null, false);
            }

            var status = (int)response.StatusCode;
            return (null, HubSpotErrorDescription.Describe(response.StatusCode, body), response.Headers.RetryAfter?.Delta, status == 429 || status >= 500);
        }
        catch (HttpRequestException exception)
        {
            return (null, $"{exception.Message}.", null, true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"no answer within {RequestTimeout.TotalSeconds:0} s.", null, true);
        }
    }
}
