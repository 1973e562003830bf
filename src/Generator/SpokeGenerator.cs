using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Emit;
using Spoke.Generator.Mapping;
using Spoke.Generator.Model;
using Spoke.Generator.Reading;

namespace Spoke.Generator;

/// <summary>
/// Generates typed HubSpot records, inputs, search fields, picklist enums and pipelines from schema snapshots passed as AdditionalFiles.
/// Snapshots are read per file, names are allocated once across every object, and each object's model is its own output, so
/// an edit to one snapshot re-emits only the files whose model changed. <see cref="Naming.SchemaNaming"/> runs the same steps,
/// one after the other, for tools that need the names without a compilation.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpokeGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => OptionsReader.IsSnapshot(pair.Right.GetOptions(pair.Left)) && !OverridesReader.IsOverridesFile(pair.Left.Path))
            .Select(static (pair, cancellationToken) => new SnapshotFile(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.SnapshotFiles);

        var read = files
            .Select(static (file, cancellationToken) => SnapshotReader.Read(file, cancellationToken))
            .WithTrackingName(TrackingNames.ReadSnapshots);

        var overrides = context.AdditionalTextsProvider
            .Where(static text => OverridesReader.IsOverridesFile(text.Path))
            .Select(static (text, cancellationToken) => OverridesReader.Read(new SnapshotFile(text.Path, text.GetText(cancellationToken)?.ToString()), cancellationToken))
            .Collect()
            .Select(static (all, _) => all.IsDefaultOrEmpty ? OverridesSpec.Empty : all[0])
            .WithTrackingName(TrackingNames.Overrides);

        var objects = read
            .SelectMany(static (result, _) => result.Objects)
            .WithTrackingName(TrackingNames.Objects)
            .Combine(overrides)
            .Select(static (pair, _) => ObjectInputSpec.For(pair.Left, pair.Right))
            .Where(static item => item.IsGenerated);

        var pipelineSchemas = read
            .SelectMany(static (result, _) => result.Pipelines)
            .WithTrackingName(TrackingNames.PipelineSchemas);

        // Names are allocated across every object at once, so that no two generated types can share one.
        var account = objects
            .Collect()
            .Combine(pipelineSchemas.Collect())
            .Combine(options)
            .Select(static (pair, cancellationToken) => AccountModelBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Account);

        var models = account
            .SelectMany(static (model, _) => model.Objects)
            .WithTrackingName(TrackingNames.Models);

        context.RegisterSourceOutput(models, static (output, spec) =>
        {
            foreach (var file in ObjectEmitter.Emit(spec))
            {
                output.CancellationToken.ThrowIfCancellationRequested();
                output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
            }
        });

        var pipelines = account
            .SelectMany(static (model, _) => model.Pipelines)
            .WithTrackingName(TrackingNames.Pipelines);

        context.RegisterSourceOutput(pipelines, static (output, spec) =>
        {
            var file = PipelinesEmitter.Emit(spec);
            output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
        });

        var diagnostics = read
            .Combine(account)
            .Select(static (pair, cancellationToken) => DiagnosticsCollector.Collect(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, found) => Report(output, found));

        var overrideDiagnostics = overrides
            .Combine(read.Collect())
            .Select(static (pair, cancellationToken) => OverridesChecker.Check(pair.Left, pair.Right, cancellationToken));
        context.RegisterSourceOutput(overrideDiagnostics, static (output, found) => Report(output, found));

        context.RegisterSourceOutput(options, static (output, spec) =>
        {
            if (spec.NamespaceProblem is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticCatalogue.InvalidNamespace.Id), Location.None, spec.NamespaceProblem, spec.Namespace));
            }
        });
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticSpec> found)
    {
        foreach (var diagnostic in found)
        {
            output.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.Get(diagnostic.Id),
                diagnostic.Location?.ToLocation() ?? Location.None,
                diagnostic.Arguments.ToArray<object>()));
        }
    }
}
