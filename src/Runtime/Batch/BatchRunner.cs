using System.Net;
using Spoke.Resilience;

namespace Spoke.Batch;

/// <summary>
/// Runs a batch operation over any number of inputs: rejects inputs that cannot be sent, splits the rest into chunks,
/// sends chunks concurrently (every one the budget has a permit for and a few waiting for the next, at most the caller's
/// cap; the client's limiter paces them), maps every answer back to its input and reports progress.
/// A chunk HubSpot refuses as a whole marks only its own inputs as failed; errors no later chunk could escape
/// (authentication, missing scopes, the daily quota, cancellation) stop the whole run.
/// </summary>
internal static class BatchRunner
{
    /// <summary>Runs the operation.</summary>
    /// <param name="items">The inputs, each with its mapping keys.</param>
    /// <param name="chunkSize">Inputs per request.</param>
    /// <param name="rejectBeforeSending">Returns why an input cannot be sent, or null when it can.</param>
    /// <param name="sendChunk">Sends one chunk and fills the outcomes of its inputs.</param>
    /// <param name="concurrency">How many chunks to have started now, asked again as each chunk finishes or the advice changes.</param>
    /// <param name="options">Concurrency cap and progress.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<BatchResult<TInput, TRecord>> RunAsync<TInput, TRecord>(
        IReadOnlyList<BatchInputItem<TInput>> items,
        int chunkSize,
        Func<BatchInputItem<TInput>, BatchItemError?> rejectBeforeSending,
        Func<IReadOnlyList<BatchInputItem<TInput>>, BatchItemResult<TInput, TRecord>?[], CancellationToken, Task> sendChunk,
        Func<ConcurrencyAdvice> concurrency,
        BatchOptions? options,
        CancellationToken cancellationToken)
    {
        options ??= new BatchOptions();
        if (options.MaxConcurrentRequests is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxConcurrentRequests, "BatchOptions.MaxConcurrentRequests must be at least 1.");
        }

        var outcomes = new BatchItemResult<TInput, TRecord>?[items.Count];
        var sendable = new List<BatchInputItem<TInput>>(items.Count);
        foreach (var item in items)
        {
            if (rejectBeforeSending(item) is { } rejection)
            {
                outcomes[item.Index] = new BatchItemResult<TInput, TRecord>(item.Index, item.Input, default, rejection);
            }
            else
            {
                sendable.Add(item);
            }
        }

        var progress = new ProgressCounter(options.Progress, items.Count, items.Count - sendable.Count);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cap = options.MaxConcurrentRequests ?? int.MaxValue;
        var running = new List<Task>();
        Exception? failure = null;
        foreach (var chunk in sendable.Chunk(chunkSize))
        {
            while (failure is null)
            {
                var advice = concurrency();
                if (running.Count < Math.Max(1, Math.Min(cap, advice.Requests)))
                {
                    break;
                }

                failure = await WaitForChunkOrAdviceAsync(running, advice.Changed).ConfigureAwait(false);
            }

            if (failure is not null || stop.IsCancellationRequested)
            {
                break;
            }

            running.Add(SendAsync(chunk, stop.Token));
        }

        while (running.Count > 0)
        {
            failure ??= await WaitForChunkOrAdviceAsync(running, changed: null).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return new BatchResult<TInput, TRecord>(outcomes!);

        async Task SendAsync(BatchInputItem<TInput>[] chunk, CancellationToken token)
        {
            try
            {
                await sendChunk(chunk, outcomes, token).ConfigureAwait(false);
            }
            catch (HubSpotException exception) when (!StopsEveryChunk(exception))
            {
                var error = new BatchItemError(exception.Category, exception.SubCategory, exception.Message, exception.Context, exception);
                BatchOutcomeMatcher.FailAll(chunk, error, outcomes);
            }

            progress.Add(chunk.Count(item => outcomes[item.Index] is { Succeeded: false }), chunk.Length);
        }

        // Waits for the first of the running chunks to finish, or for the advice to change; a failure that stops every chunk
        // cancels the others.
        async Task<Exception?> WaitForChunkOrAdviceAsync(List<Task> tasks, Task? changed)
        {
            var first = Task.WhenAny(tasks);
            if (changed is not null && await Task.WhenAny(first, changed).ConfigureAwait(false) != first)
            {
                return null;
            }

            var finished = await first.ConfigureAwait(false);
            tasks.Remove(finished);
            if (finished.Exception?.InnerException is not { } exception)
            {
                return null;
            }

            await stop.CancelAsync().ConfigureAwait(false);
            return exception;
        }
    }

    private static bool StopsEveryChunk(HubSpotException exception) =>
        exception.Status is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden
        || (exception.Status == (int)HttpStatusCode.TooManyRequests && string.Equals(exception.PolicyName, "DAILY", StringComparison.OrdinalIgnoreCase));

    private sealed class ProgressCounter(IProgress<BatchProgress>? sink, int total, int rejected)
    {
        private readonly Lock _gate = new();
        private int _processed = rejected;
        private int _failed = rejected;

        public void Add(int failed, int processed)
        {
            if (sink is null)
            {
                return;
            }

            BatchProgress snapshot;
            lock (_gate)
            {
                _processed += processed;
                _failed += failed;
                snapshot = new BatchProgress(_processed, total, _failed);
            }

            sink.Report(snapshot);
        }
    }
}
