using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Spoke.Generator.Model;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Incremental;

/// <summary>
/// What one named pipeline step is expected to report on a re-run, for each of its outputs, keyed by what the output describes:
/// a snapshot file name, an object type's API name, a pipelines snapshot's name (<c>deals.pipelines</c>), <c>account</c>, <c>spoke.json</c> or <c>options</c>.
/// </summary>
internal sealed class ExpectedReasons
{
    private readonly IncrementalStepRunReason _otherwise;
    private readonly ImmutableDictionary<string, IncrementalStepRunReason> _byKey;

    private ExpectedReasons(IncrementalStepRunReason otherwise, ImmutableDictionary<string, IncrementalStepRunReason> byKey)
    {
        _otherwise = otherwise;
        _byKey = byKey;
    }

    /// <summary>Every tracking name the generator declares in <see cref="TrackingNames"/>.</summary>
    public static ImmutableArray<string> AllStepNames { get; } =
        [.. typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)];

    /// <summary>Every output of the step has <paramref name="reason"/>.</summary>
    public static ExpectedReasons All(IncrementalStepRunReason reason) => new(reason, ImmutableDictionary<string, IncrementalStepRunReason>.Empty);

    /// <summary>The output for <paramref name="key"/> has <paramref name="reason"/>; every other output has <paramref name="otherwise"/>.</summary>
    public static ExpectedReasons Only(string key, IncrementalStepRunReason reason, IncrementalStepRunReason otherwise) =>
        new(otherwise, ImmutableDictionary<string, IncrementalStepRunReason>.Empty.Add(key, reason));

    /// <summary>
    /// Fails unless <paramref name="expected"/> names every step in <see cref="TrackingNames"/> and each step's outputs in
    /// <paramref name="run"/> have the expected reasons; the message names the step, the output and both reasons.
    /// </summary>
    public static void Assert(GeneratorRun run, IReadOnlyDictionary<string, ExpectedReasons> expected)
    {
        Xunit.Assert.Equal(AllStepNames, expected.Keys.Order(StringComparer.Ordinal));
        var wrong = new List<string>();
        foreach (var (step, expectation) in expected.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Xunit.Assert.True(run.TrackedSteps.TryGetValue(step, out var runSteps), $"The pipeline has no step named {step}.");
            var outputs = runSteps.SelectMany(runStep => runStep.Outputs.Select(output => (Key: KeyOf(runStep, output.Value), output.Reason))).ToList();
            Xunit.Assert.True(outputs.Count > 0, $"Step {step} produced nothing.");
            foreach (var key in expectation._byKey.Keys)
            {
                Xunit.Assert.True(outputs.Any(output => output.Key == key), $"Step {step} has no output for '{key}'; it has: {string.Join(", ", outputs.Select(output => output.Key))}.");
            }

            wrong.AddRange(outputs
                .Where(output => output.Reason != expectation._byKey.GetValueOrDefault(output.Key, expectation._otherwise))
                .Select(output => $"{step} '{output.Key}': {output.Reason}, expected {expectation._byKey.GetValueOrDefault(output.Key, expectation._otherwise)}"));
        }

        Xunit.Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static string KeyOf(IncrementalGeneratorRunStep runStep, object value) => value switch
    {
        SnapshotFile file => Path.GetFileName(file.Path),
        SnapshotReadResult read => Path.GetFileName(read.Path),
        ObjectSchemaSpec schema => schema.ObjectName,
        ObjectSpec model => model.ObjectName,
        ObjectPipelinesSchemaSpec pipelines => pipelines.SnapshotName,
        PipelinesSpec pipelines => pipelines.SnapshotName,
        AccountModel => "account",
        OverridesSpec => "spoke.json",
        GeneratorOptionsSpec => "options",
        // A snapshot's diagnostics: keyed by the snapshot its input pair was read from.
        EquatableArray<DiagnosticSpec> => KeyOf(runStep.Inputs[0].Source, InputValue(runStep)),
        ValueTuple<SnapshotReadResult, AccountModel> pair => Path.GetFileName(pair.Item1.Path),
        _ => throw new InvalidOperationException($"No key for a {value.GetType()} output; teach {nameof(ExpectedReasons)} what it describes."),
    };

    private static object InputValue(IncrementalGeneratorRunStep runStep)
    {
        var (source, index) = runStep.Inputs[0];
        return source.Outputs[index].Value;
    }
}
