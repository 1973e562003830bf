using System.Globalization;

namespace Spoke.Agents.Audit;

/// <summary>
/// Appends one JSON line per call to a file. The file is opened, locked, appended to and closed for every entry, so
/// several processes can share it (the exclusive open serialises them), external rotation (move the file away) takes
/// effect at the next call, and each entry is flushed before the call returns. A <c>{date}</c> placeholder in the path
/// (UTC, <c>yyyy-MM-dd</c>) gives one file per day.
/// </summary>
public sealed class JsonLinesAuditLog : IAuditLog
{
    /// <summary>The placeholder replaced by the UTC date, for daily files.</summary>
    public const string DatePlaceholder = "{date}";

    private const int MaxOpenAttempts = 100;
    private static readonly TimeSpan OpenRetryDelay = TimeSpan.FromMilliseconds(10);

    private readonly string _pathPattern;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the log.</summary>
    /// <param name="pathPattern">The file path, optionally with <see cref="DatePlaceholder"/>.</param>
    /// <param name="timeProvider">The clock for daily file names; the system clock by default.</param>
    public JsonLinesAuditLog(string pathPattern, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathPattern);
        _pathPattern = pathPattern;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The file the next entry goes to.</summary>
    public string CurrentPath => _pathPattern.Replace(
        DatePlaceholder,
        _timeProvider.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StringComparison.Ordinal);

    /// <inheritdoc />
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var line = AuditEntryWriter.ToJsonLine(entry);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var path = CurrentPath;
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await using var stream = await OpenExclusiveAsync(path, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    // Another process holding the file gives a sharing violation; it lets go within one write, so wait briefly.
    private static async Task<FileStream> OpenExclusiveAsync(string path, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous);
            }
            catch (IOException) when (attempt < MaxOpenAttempts && File.Exists(path))
            {
                await Task.Delay(OpenRetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
