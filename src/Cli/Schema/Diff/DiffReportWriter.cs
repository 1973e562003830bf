namespace Spoke.Cli.Schema.Diff;

/// <summary>Writes the changes as a plain text report, grouped by object, breaking changes marked.</summary>
internal static class DiffReportWriter
{
    /// <summary>Writes the report for changes from <paramref name="beforeName"/> to <paramref name="afterName"/>.</summary>
    public static async Task WriteAsync(
        TextWriter writer, IReadOnlyList<SchemaChange> changes, string beforeName, string afterName, CancellationToken cancellationToken = default)
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
                await writer.WriteLineAsync($"  {marker}{Label(change.Kind),-18} {subject}{change.Detail}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        var breaking = changes.Count(change => change.IsBreaking);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync($"{changes.Count} change(s), {breaking} breaking.".AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static string Label(SchemaChangeKind kind) => kind switch
    {
        SchemaChangeKind.ObjectAdded => "object added",
        SchemaChangeKind.ObjectRemoved => "object removed",
        SchemaChangeKind.PropertyAdded => "property added",
        SchemaChangeKind.PropertyRemoved => "property removed",
        SchemaChangeKind.TypeChanged => "type changed",
        SchemaChangeKind.FieldTypeChanged => "field type changed",
        SchemaChangeKind.OptionAdded => "option added",
        SchemaChangeKind.OptionRemoved => "option removed",
        SchemaChangeKind.OptionRelabelled => "option relabelled",
        SchemaChangeKind.BecameReadOnly => "now read-only",
        SchemaChangeKind.BecameWritable => "now writable",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown schema change kind."),
    };
}
