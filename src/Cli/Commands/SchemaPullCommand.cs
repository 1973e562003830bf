using System.CommandLine;
using Spoke.Cli.Connection;
using Spoke.Cli.Schema;
using Spoke.Cli.Schema.Fetching;
using Spoke.Cli.Schema.Snapshots;

namespace Spoke.Cli.Commands;

/// <summary><c>spoke schema pull</c>: reads the account's property schemas into snapshot files, all or nothing.</summary>
internal static class SchemaPullCommand
{
    /// <summary>Creates the command; HubSpot requests are retried on <paramref name="retrySchedule"/>.</summary>
    public static Command Create(RetrySchedule retrySchedule)
    {
        var objects = ObjectTypesOption.Create();
        var all = new Option<bool>("--all") { Description = "Pull the standard objects and every custom object (through /crm/v3/schemas)." };
        var output = SnapshotFolderOption.Create("--out", "The snapshot folder to write.");
        var connection = new HubSpotConnectionOptions();

        var command = new Command(
            "pull",
            "Pull property schemas from HubSpot into snapshot files. Every request must succeed before any file is replaced; unchanged files are left untouched. Without --objects or --all, refreshes the snapshots already in --out.")
        {
            objects,
            all,
            output,
        };
        connection.AddTo(command);

        CommandRunner.SetAction(command, async (parseResult, context, cancellationToken) =>
        {
            var directory = parseResult.GetRequiredValue(output);
            var sources = SchemaSelection.Choose(parseResult.GetValue(objects), parseResult.GetValue(all), directory);
            var hubSpot = connection.Resolve(parseResult);

            await context.Error.WriteLineAsync($"Pulling {sources.Count} schema(s) from {hubSpot}").ConfigureAwait(false);
            IReadOnlyList<SnapshotFile> files;
            using (var fetcher = new SchemaFetcher(hubSpot, retrySchedule, context.Error))
            {
                files = await fetcher.FetchAllAsync(sources, cancellationToken).ConfigureAwait(false);
            }

            var written = SnapshotDirectory.WriteAll(directory, files);
            foreach (var (file, outcome) in written)
            {
                await context.Output.WriteLineAsync($"{outcome.ToString().ToLowerInvariant(),-9} {Path.Combine(directory, file.FileName)}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
