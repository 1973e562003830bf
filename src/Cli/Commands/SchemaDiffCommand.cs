using System.CommandLine;
using Spoke.Cli.Connection;
using Spoke.Cli.Schema;
using Spoke.Cli.Schema.Diff;
using Spoke.Cli.Schema.Fetching;
using Spoke.Cli.Schema.Naming;
using Spoke.Cli.Schema.Snapshots;
using Spoke.Generator.Naming;

namespace Spoke.Cli.Commands;

/// <summary><c>spoke schema diff</c>: what changed between the snapshots and the live account (or another folder).</summary>
internal static class SchemaDiffCommand
{
    /// <summary>Creates the command; the live account is read through <paramref name="clients"/>.</summary>
    public static Command Create(HubSpotClientFactory clients)
    {
        var snapshots = SnapshotFolderOption.Create("--snapshots", "The snapshot folder the code is compiled against (the 'before' side).");
        var against = new Option<string?>("--against") { Description = "Compare with the snapshots in this folder instead of the live account." };
        var live = new Option<bool>("--live") { Description = "Compare with the live account (the default)." };
        var failOn = new Option<FailureLevel>("--fail-on")
        {
            Description = "Exit with code 4 when there are changes at this level: none (default), breaking, any.",
            DefaultValueFactory = _ => FailureLevel.None,
            CustomParser = ParseFailureLevel,
            HelpName = "none|breaking|any",
        };
        var overrides = OverridesOption.Create();
        var connection = new HubSpotConnectionOptions();

        var command = new Command(
            "diff",
            "Show what changed between the snapshots and the live account: properties added and removed, type changes, options added, removed or relabelled, read-only changes, pipelines and stages added, removed or relabelled, and the generated names that change with them. Changes that break compiled code are marked BREAKING.")
        {
            snapshots,
            against,
            live,
            failOn,
            overrides,
        };
        connection.AddTo(command);

        CommandRunner.SetAction(command, async (parseResult, context, cancellationToken) =>
        {
            var snapshotDirectory = parseResult.GetRequiredValue(snapshots);
            var againstDirectory = parseResult.GetValue(against);
            if (againstDirectory is not null && parseResult.GetValue(live))
            {
                throw new CliException("Pass either --against DIR or --live, not both.", ExitCodes.UsageError);
            }

            var beforeFiles = SnapshotDirectory.ReadAll(snapshotDirectory);
            var beforeSchemas = SnapshotSchemas.Read(beforeFiles);
            var overridesFile = OverridesFile.Find(parseResult.GetValue(overrides), snapshotDirectory);
            var beforeNames = SchemaNaming.Compute(overridesFile.Input(snapshotDirectory, beforeFiles), cancellationToken);
            overridesFile.EnsureValid(beforeNames);

            IReadOnlyList<SnapshotFile> afterFiles;
            string afterName;
            if (againstDirectory is not null)
            {
                afterFiles = SnapshotDirectory.ReadAll(againstDirectory);
                afterName = againstDirectory;
            }
            else
            {
                var options = connection.Resolve(parseResult);
                var sources = SchemaSelection.Choose(objectTypes: null, all: false, snapshotDirectory);
                using var lease = clients.Create(options, context.Error);
                afterFiles = await new LiveSchemaReader(lease.Client, context.Error).ReadAllAsync(sources, cancellationToken).ConfigureAwait(false);
                afterName = options.BaseAddress.ToString();
            }

            var afterNames = SchemaNaming.Compute(overridesFile.Input(againstDirectory ?? snapshotDirectory, afterFiles), cancellationToken);
            var changes = SchemaDiff.Compare(
                beforeSchemas,
                SnapshotSchemas.Read(afterFiles),
                SchemaNaming.Compare(beforeNames, afterNames),
                SnapshotSchemas.ReadPipelines(beforeFiles),
                SnapshotSchemas.ReadPipelines(afterFiles));
            await DiffReportWriter.WriteAsync(context.Output, changes, snapshotDirectory, afterName, cancellationToken).ConfigureAwait(false);

            var failing = parseResult.GetValue(failOn) switch
            {
                FailureLevel.Breaking => changes.Any(change => change.IsBreaking),
                FailureLevel.Any => changes.Count > 0,
                _ => false,
            };
            return failing ? ExitCodes.ChangesFound : ExitCodes.Success;
        });
        return command;
    }

    // The default parser's error names the enum's CLR type; users need the words they may type.
    private static FailureLevel ParseFailureLevel(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (Enum.TryParse<FailureLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level) && !char.IsDigit(text.FirstOrDefault()))
        {
            return level;
        }

        result.AddError($"--fail-on must be none, breaking or any, not '{text}'.");
        return FailureLevel.None;
    }
}
