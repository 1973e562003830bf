using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>
/// Records every text a process can emit about a call, deeply: each log's formatted message, every key and value of its
/// structured state (enumerables flattened, so header lists are seen value by value), every scope's state, exceptions with
/// their <see cref="Exception.Data"/> and inner exceptions, every activity of every source (names, tags, events, baggage), and
/// every metric tag of every meter. Other tests run at the same time, so look for values unique to one test.
/// </summary>
internal sealed class TelemetryCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _texts = new();
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private int _logCount;

    public TelemetryCapture()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
        _meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        _meters.SetMeasurementEventCallback<int>((instrument, _, tags, _) => Record(instrument, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        _meters.Start();
    }

    /// <summary>How many log entries were written (at any level).</summary>
    public int LogCount => _logCount;

    /// <summary>Every text captured so far.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    /// <summary>Adds texts the test captured itself, such as the exceptions a call threw.</summary>
    public void Add(object? value) => Flatten(value, 0);

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this, categoryName);

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record(Activity activity)
    {
        Add(activity.DisplayName);
        Add(activity.OperationName);
        Add(activity.StatusDescription);
        foreach (var (key, value) in activity.TagObjects)
        {
            Add(key);
            Add(value);
        }

        foreach (var (key, value) in activity.Baggage)
        {
            Add(key);
            Add(value);
        }

        foreach (var activityEvent in activity.Events)
        {
            Add(activityEvent.Name);
            foreach (var (key, value) in activityEvent.Tags)
            {
                Add(key);
                Add(value);
            }
        }
    }

    private void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        Add(instrument.Name);
        foreach (var (key, value) in tags)
        {
            Add(key);
            Add(value);
        }
    }

    private void Flatten(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                _texts.Enqueue(text);
                return;
            case Exception exception:
                _texts.Enqueue(exception.ToString());
                foreach (DictionaryEntry entry in exception.Data)
                {
                    Flatten(entry.Key, depth + 1);
                    Flatten(entry.Value, depth + 1);
                }

                Flatten(exception.InnerException, depth + 1);
                if (exception is AggregateException aggregate)
                {
                    foreach (var inner in aggregate.InnerExceptions)
                    {
                        Flatten(inner, depth + 1);
                    }
                }

                return;
        }

        _texts.Enqueue(value.ToString() ?? string.Empty);
        if (depth > 8)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            Flatten(type.GetProperty("Key")!.GetValue(value), depth + 1);
            Flatten(type.GetProperty("Value")!.GetValue(value), depth + 1);
        }
        else if (value is IEnumerable sequence)
        {
            foreach (var element in sequence)
            {
                Flatten(element, depth + 1);
            }
        }
    }

    private sealed class RecordingLogger(TelemetryCapture capture, string category) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            capture.Add(category);
            capture.Add(state);
            return NoScope.Instance;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Interlocked.Increment(ref capture._logCount);
            capture.Add(formatter(state, exception));
            capture.Add(state);
            capture.Add(exception);
        }
    }

    private sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }
}
