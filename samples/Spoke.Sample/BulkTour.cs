using Spectre.Console;
using Spoke.Batch;
using Spoke.Sample.HubSpot;

namespace Spoke.Sample;

/// <summary>
/// A bulk upsert of a few thousand contacts, with the runtime's <see cref="BatchProgress"/> shown as a progress bar and the time
/// remaining when a person is watching; redirected output or <c>CI=true</c> gets the summary line only.
/// </summary>
internal static class BulkTour
{
    private const int Count = 2_000;

    /// <summary>Upserts <see cref="Count"/> contacts by email and prints how many were created, updated or failed.</summary>
    public static async Task RunAsync(HubSpotClient client, CancellationToken cancellationToken = default)
    {
        var inputs = Enumerable.Range(1, Count)
            .Select(i => (ICrmInput<Contact>)new ContactInput { Email = $"bulk.{i}@acme.example", FirstName = "Bulk", LastName = $"Contact {i}" })
            .ToList();

        var results = IsWatched()
            ? await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Upserting {Count:N0} contacts", maxValue: Count);
                    var progress = new BarProgress(step => task.Value = step.Processed);
                    return await client.BatchUpsertAsync("email", inputs, new BatchOptions { Progress = progress }, cancellationToken);
                })
            : await client.BatchUpsertAsync("email", inputs, cancellationToken: cancellationToken);

        var failed = results.Count(result => !result.Succeeded);
        Console.WriteLine($"Bulk upsert: {Count - failed:N0} of {Count:N0} contacts written in chunks of {HubSpotLimits.MaxBatchSize}, {failed} failed");
    }

    private static bool IsWatched() =>
        !Console.IsOutputRedirected && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    // Progress<T> would post each report to the thread pool, so the bar could move after the upsert had finished.
    private sealed class BarProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
