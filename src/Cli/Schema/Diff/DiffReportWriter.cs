namespace Spoke.Cli.Schema.Diff;

/// <summary>Writes the changes as a plain text report, grouped by object, breaking changes marked.</summary>
internal static class DiffReportWriter
{
    /// <summary>Writes the report for changes from <paramref name="beforeName"/> to <paramref name="afterName"/>.</summary>
    public static async Task WriteAsync(
        TextWriter writer, IReadOnlyList<DiffEntry> changes, string beforeName, string afterName, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0)
        {
            await writer.WriteLineAsync($"No schema changes between {beforeName} and {afterName}.".AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }

        await writer.WriteLineAsync($"Schema changes from {beforeName} to {afterName}:".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var group in changes.GroupBy(change => change.ObjectName))
        {
            await writer.WriteLineAsync().ConfigureAwait(false);
            await writer.WriteLineAsync(group.Key.AsMemory(), cancellationToken).ConfigureAwait(false);
            foreach (var change in group)
            {
                var marker = change.IsBreaking ? "BREAKING " : "         ";
                var subject = change.PropertyName is null ? string.Empty : $"{change.PropertyName}: ";
                await writer.WriteLineAsync($"  {marker}{change.Label,-18} {subject}{change.Detail}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        var breaking = changes.Count(change => change.IsBreaking);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync($"{changes.Count} change(s), {breaking} breaking.".AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
