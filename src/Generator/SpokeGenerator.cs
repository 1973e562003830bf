using System.Collections.Immutable;
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
/// Generates typed HubSpot records, inputs, search fields and picklist enums from schema snapshots passed as AdditionalFiles.
/// Per-file, then per-object steps keep an edit to one snapshot from re-emitting the others.
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
            .Where(static pair => OptionsReader.IsSnapshot(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => new SnapshotFile(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.SnapshotFiles);

        var read = files
            .Select(static (file, _) => SnapshotReader.Read(file))
            .WithTrackingName(TrackingNames.ReadSnapshots);

        var models = read
            .SelectMany(static (result, _) => result.Objects)
            .WithTrackingName(TrackingNames.Objects)
            .Combine(options)
            .Select(static (pair, _) => ObjectModelBuilder.Build(pair.Left, pair.Right).Spec)
            .WithTrackingName(TrackingNames.Models);

        context.RegisterSourceOutput(models, static (output, spec) =>
        {
            foreach (var file in ObjectEmitter.Emit(spec))
            {
                output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
            }
        });

        var diagnostics = read
            .Combine(options)
            .Select(static (pair, _) => DiagnosticsCollector.Collect(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(diagnostics, static (output, found) =>
        {
            foreach (var diagnostic in found)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.Get(diagnostic.Id),
                    diagnostic.Location?.ToLocation() ?? Location.None,
                    diagnostic.Arguments.ToArray<object>()));
            }
        });

        context.RegisterSourceOutput(options, static (output, spec) =>
        {
            if (spec.NamespaceProblem is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidNamespace, Location.None, spec.NamespaceProblem, spec.Namespace));
            }
        });
    }
}
