using Spectre.Console;

namespace Spoke.Cli.Progress;

/// <summary>
/// Shows a long command's progress and time remaining as a live bar on standard error, only when a person is watching: the
/// command writes to the real console, standard error is a terminal, and <c>CI</c> is not <c>true</c>. Otherwise (output
/// redirected, a CI log, tests) nothing is drawn and the command prints its plain lines.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Whether a live bar would be drawn for a command writing its progress to <paramref name="error"/>.</summary>
    public static bool IsLive(TextWriter error) =>
        ReferenceEquals(error, Console.Error)
        && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>
    /// Runs <paramref name="work"/>, drawing the progress it reports under <paramref name="description"/> when
    /// <see cref="IsLive"/>; otherwise runs it as it is.
    /// </summary>
    public static async Task<T> RunAsync<T>(TextWriter error, string description, Func<IProgress<WorkProgress>?, Task<T>> work)
    {
        if (!IsLive(error))
        {
            return await work(null).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: 1);
                var progress = new SynchronousProgress(step =>
                {
                    task.MaxValue = Math.Max(1, step.Total);
                    task.Value = step.Completed;
                });
                var result = await work(progress).ConfigureAwait(false);
                task.StopTask();
                return result;
            }).ConfigureAwait(false);
    }

    // Progress<T> posts to the thread pool, so a report could land after the bar has finished; this one updates in place.
    private sealed class SynchronousProgress(Action<WorkProgress> report) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value) => report(value);
    }
}
