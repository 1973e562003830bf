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

    /// <summary>
    /// Reads every source in order and returns the snapshot files; the first failure stops the read. Sources marked
    /// <see cref="SchemaSource.SkipWhenUnknown"/> that the account does not have are left out.
    /// </summary>
    /// <exception cref="CliException">A request failed after its retries or returned something that is not a schema list.</exception>
    public async Task<IReadOnlyList<SnapshotFile>> FetchAllAsync(IReadOnlyList<SchemaSource> sources, CancellationToken cancellationToken = default)
    {
        var files = new List<SnapshotFile>(sources.Count);
        foreach (var source in sources)
        {
            if (await FetchAsync(source, cancellationToken).ConfigureAwait(false) is { } file)
            {
                files.Add(file);
            }
        }

        return files;
    }

    /// <summary>Reads one source into a canonical snapshot file; <see langword="null"/> when it is skipped as unknown.</summary>
    /// <exception cref="CliException">The request failed after its retries or returned something that is not a schema list.</exception>
    public async Task<SnapshotFile?> FetchAsync(SchemaSource source, CancellationToken cancellationToken = default)
    {
        var body = await GetWithRetriesAsync(source, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await progress.WriteLineAsync($"  {source.Description}: the account does not have this object type; skipped").ConfigureAwait(false);
            return null;
        }

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

    // Null when the source may be skipped and the account does not know its object type.
    private async Task<byte[]?> GetWithRetriesAsync(SchemaSource source, CancellationToken cancellationToken)
    {
        await progress.WriteLineAsync($"GET {source.RelativePath}").ConfigureAwait(false);
        for (var retry = 0; ; retry++)
        {
            var attempt = await TryGetAsync(source, cancellationToken).ConfigureAwait(false);
            if (attempt.Failure is null)
            {
                return attempt.Body;
            }

            if (attempt.UnknownObjectType && source.SkipWhenUnknown)
            {
                return null;
            }

            if (!attempt.Retryable || retry == retrySchedule.MaxRetries)
            {
                var attempts = retry == 0 ? string.Empty : $" after {retry + 1} attempts";
                throw new CliException($"GET {source.RelativePath} failed{attempts}: {attempt.Failure} No snapshot was changed.", ExitCodes.RequestFailed);
            }

            var delay = retrySchedule.DelayBefore(retry + 1, attempt.RetryAfter);
            await progress.WriteLineAsync($"  {attempt.Failure} Retrying in {delay.TotalSeconds:0.#} s.").ConfigureAwait(false);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Attempt> TryGetAsync(
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
                return new Attempt(body, null);
            }

            var status = (int)response.StatusCode;
            return new Attempt(null, HubSpotErrorDescription.Describe(response.StatusCode, body))
            {
                RetryAfter = response.Headers.RetryAfter?.Delta,
                Retryable = status == 429 || status >= 500,
                UnknownObjectType = response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound,
            };
        }
        catch (HttpRequestException exception)
        {
            return new Attempt(null, $"{exception.Message}.") { Retryable = true };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Attempt(null, $"no answer within {RequestTimeout.TotalSeconds:0} s.") { Retryable = true };
        }
    }

    // One request's outcome: the body on success, otherwise what failed and whether asking again can help.
    private readonly record struct Attempt(byte[]? Body, string? Failure)
    {
        public TimeSpan? RetryAfter { get; init; }

        public bool Retryable { get; init; }

        public bool UnknownObjectType { get; init; }
    }
}
