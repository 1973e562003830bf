using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Mapping;
using Spoke.Generator.Model;
using Spoke.Generator.Reading;

namespace Spoke.Generator.Naming;

/// <summary>
/// The generator's pipeline run one step after the other over whole files, with the same functions the incremental pipeline
/// wires (<see cref="SpokeGenerator"/>): read each snapshot (pipelines snapshots too), read spoke.json, pair each object type with its overrides, build
/// the account model, collect each snapshot's diagnostics and check the overrides.
/// </summary>
internal static class AccountNaming
{
    // Names do not depend on the namespace; the generator's fallback keeps the model complete.
    private static readonly GeneratorOptionsSpec Options = new(OptionsReader.FallbackNamespace, NamespaceProblem: null);

    public static (AccountModel Account, List<DiagnosticSpec> Diagnostics) Run(NamingInput input, CancellationToken cancellationToken)
    {
        var reads = ImmutableArray.CreateBuilder<SnapshotReadResult>(input.Snapshots.Count);
        foreach (var snapshot in input.Snapshots)
        {
            if (!OverridesReader.IsOverridesFile(snapshot.Path))
            {
                reads.Add(SnapshotReader.Read(new SnapshotFile(snapshot.Path, snapshot.Text), cancellationToken));
            }
        }

        var overrides = input.Overrides is { } file
            ? OverridesReader.Read(new SnapshotFile(file.Path, file.Text), cancellationToken)
            : OverridesSpec.Empty;
        var objects = ImmutableArray.CreateBuilder<ObjectInputSpec>();
        var pipelines = ImmutableArray.CreateBuilder<ObjectPipelinesSchemaSpec>();
        foreach (var read in reads)
        {
            pipelines.AddRange(read.Pipelines);
            foreach (var schema in read.Objects)
            {
                var item = ObjectInputSpec.For(schema, overrides);
                if (item.IsGenerated)
                {
                    objects.Add(item);
                }
            }
        }

        var account = AccountModelBuilder.Build(objects.ToImmutable(), pipelines.ToImmutable(), Options, cancellationToken);
        var diagnostics = new List<DiagnosticSpec>();
        foreach (var read in reads)
        {
            diagnostics.AddRange(DiagnosticsCollector.Collect(read, account, cancellationToken));
        }

        diagnostics.AddRange(OverridesChecker.Check(overrides, reads.ToImmutable(), cancellationToken));
        return (account, diagnostics);
    }
}
