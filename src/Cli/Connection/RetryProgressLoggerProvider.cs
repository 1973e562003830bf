using Microsoft.Extensions.Logging;

namespace Spoke.Cli.Connection;

/// <summary>
/// Shows the runtime's retries on the command's progress output (stderr), so a pull that waits out a 429 or a 503 says why.
/// Every other log entry is left out: the outcome of a call is the command's own message.
/// </summary>
internal sealed class RetryProgressLoggerProvider(TextWriter progress) : ILoggerProvider
{
    // The name of the runtime's retry log event (Spoke.Telemetry.TransportLog.RetryScheduled, event id 3).
    private const string RetryEventName = "RetryScheduled";

    private readonly Lock _gate = new();

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new RetryLogger(this);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            progress.WriteLine(line);
        }
    }

    private sealed class RetryLogger(RetryProgressLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name == RetryEventName)
            {
                provider.Write("  " + formatter(state, exception));
            }
        }
    }
}
