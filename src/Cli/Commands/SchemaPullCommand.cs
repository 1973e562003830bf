using System.CommandLine;
using System.Text;
using Spoke.Cli.Connection;
using Spoke.Cli.Progress;
using Spoke.Cli.Schema;
using Spoke.Cli.Schema.Fetching;
using Spoke.Cli.Schema.Naming;
using Spoke.Cli.Schema.Snapshots;
using Spoke.Generator.Naming;

namespace Spoke.Cli.Commands;

/// <summary>
/// <c>spoke schema pull</c>: reads the account's property schemas into snapshot files, all or nothing, and pins in spoke.json
/// every generated name the new snapshots would change.
/// </summary>
internal static class SchemaPullCommand
{
    /// <summary>Creates the command; HubSpot is read through <paramref name="clients"/>.</summary>
    public static Command Create(HubSpotClientFactory clients)
    {
        var objects = ObjectTypesOption.Create();
        var all = new Option<bool>("--all") { Description = "Pull the standard objects and every custom object (through /crm/v3/schemas)." };
        var output = SnapshotFolderOption.Create("--out", "The snapshot folder to write.");
        var overrides = OverridesOption.Create();
        var noPin = new Option<bool>("--no-pin")
        {
            Description = "Do not write the generated names the new snapshots would change into spoke.json; they are only reported.",
        };
        var connection = new HubSpotConnectionOptions();

        var command = new Command(
            "pull",
            "Pull property schemas from HubSpot into snapshot files. Every request must succeed before any file is replaced; unchanged files are left untouched. Without --objects or --all, refreshes the snapshots already in --out. A generated name that the new snapshots would change (a relabel in HubSpot) is pinned in spoke.json.")
        {
            objects,
            all,
            output,
            overrides,
            noPin,
        };
        connection.AddTo(command);

        CommandRunner.SetAction(command, async (parseResult, context, cancellationToken) =>
        {
            var directory = parseResult.GetRequiredValue(output);
            var sources = SchemaSelection.Choose(parseResult.GetValue(objects), parseResult.GetValue(all), directory);
            var options = connection.Resolve(parseResult);
            var pinning = !parseResult.GetValue(noPin);

            // The names so far, and a spoke.json that can take pins, are settled before HubSpot is asked anything.
            var existing = SnapshotDirectory.ReadExisting(directory);
            var overridesFile = OverridesFile.Find(parseResult.GetValue(overrides), directory);
            var before = SchemaNaming.Compute(overridesFile.Input(directory, existing), cancellationToken);
            if (pinning)
            {
                overridesFile.EnsureValid(before);
            }

            await context.Error.WriteLineAsync($"Pulling {sources.Count} schema(s) from {options.BaseAddress}").ConfigureAwait(false);
            IReadOnlyList<SnapshotFile> files;
            using (var lease = clients.Create(options, context.Error))
            {
                // With a live bar the bar shows each request; its lines would only push the bar around.
                var lines = ProgressDisplay.IsLive(context.Error) ? TextWriter.Null : context.Error;
                files = await ProgressDisplay.RunAsync(
                    context.Error,
                    "Pulling schemas",
                    steps => new LiveSchemaReader(lease.Client, lines, steps).ReadAllAsync(sources, cancellationToken)).ConfigureAwait(false);
            }

            var after = overridesFile.Input(directory, Overlay(existing, files));
            var pins = pinning ? Pin(before, after, overridesFile, cancellationToken) : null;
            var written = SnapshotDirectory.WriteAll(
                directory,
                files,
                pins is { Pins.Count: > 0 } ? [(overridesFile.Path, Encoding.UTF8.GetBytes(pins.OverridesJson!))] : null);
            foreach (var (path, outcome) in written)
            {
                await context.Output.WriteLineAsync($"{outcome.ToString().ToLowerInvariant(),-9} {path}").ConfigureAwait(false);
            }

            await ReportNamesAsync(context, before, after, pins, overridesFile.Path, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    // The folder after the pull: what was pulled replaces its file, everything else stays.
    private static List<SnapshotFile> Overlay(IReadOnlyList<SnapshotFile> existing, IReadOnlyList<SnapshotFile> pulled)
    {
        var pulledNames = pulled.Select(file => file.FileName).ToHashSet(StringComparer.Ordinal);
        return [.. existing.Where(file => !pulledNames.Contains(file.FileName)), .. pulled];
    }

    private static PinResult Pin(GeneratedNames before, NamingInput after, OverridesFile overridesFile, CancellationToken cancellationToken)
    {
        try
        {
            return SchemaNaming.Pin(before, after, cancellationToken);
        }
        catch (FormatException exception)
        {
            throw new CliException($"{exception.Message} (spoke.json: {Path.GetFullPath(overridesFile.Path)})", ExitCodes.UsageError, exception);
        }
    }

    // Each pin, on stdout with the files; and on stderr every generated name that still changes: a removal no pin can keep,
    // or, with --no-pin, every rename.
    private static async Task ReportNamesAsync(
        CommandContext context, GeneratedNames before, NamingInput after, PinResult? pins, string overridesPath, CancellationToken cancellationToken)
    {
        foreach (var pin in pins?.Pins ?? [])
        {
            await context.Output.WriteLineAsync($"pinned    {overridesPath} {pin}").ConfigureAwait(false);
        }

        var now = pins?.Names ?? SchemaNaming.Compute(after, cancellationToken);
        foreach (var change in SchemaNaming.Compare(before, now).Where(change => change.IsBreaking))
        {
            await context.Error.WriteLineAsync($"warning: {change.Description}; code that uses it must change (see 'spoke schema diff').").ConfigureAwait(false);
        }
    }
}
