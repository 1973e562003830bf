using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Incremental;

/// <summary>Reads what each tracked step did on a re-run, skipping the inputs Roslyn itself feeds in.</summary>
internal static class StepReasons
{
    /// <summary>The generator's own named steps (Roslyn's input and output nodes excluded), with each output's value and reason.</summary>
    public static IEnumerable<(string Step, object Value, IncrementalStepRunReason Reason)> OwnStepOutputs(GeneratorRun run) =>
        from step in run.TrackedSteps
        where !IsRoslynNode(step.Key)
        from runStep in step.Value
        from output in runStep.Outputs
        select (step.Key, output.Value, output.Reason);

    /// <summary>The outputs of the registered source outputs, with their reasons.</summary>
    public static IEnumerable<(string Step, object Value, IncrementalStepRunReason Reason)> SourceOutputs(GeneratorRun run) =>
        from step in run.TrackedOutputSteps
        from runStep in step.Value
        from output in runStep.Outputs
        select (step.Key, output.Value, output.Reason);

    /// <summary>A readable list for a failure message.</summary>
    public static string Describe(IEnumerable<(string Step, object Value, IncrementalStepRunReason Reason)> outputs) =>
        string.Join(Environment.NewLine, outputs.Take(20).Select(output => $"{output.Step}: {output.Reason} {Truncate(output.Value?.ToString())}"));

    private static bool IsRoslynNode(string stepName) => stepName is
        WellKnownGeneratorInputs.Compilation or WellKnownGeneratorInputs.AdditionalTexts or WellKnownGeneratorInputs.AnalyzerConfigOptions
        or WellKnownGeneratorInputs.MetadataReferences or WellKnownGeneratorInputs.ParseOptions
        or WellKnownGeneratorOutputs.SourceOutput or WellKnownGeneratorOutputs.ImplementationSourceOutput;

    private static string Truncate(string? text) => text is null ? "null" : text.Length <= 160 ? text : text[..160] + "…";
}
