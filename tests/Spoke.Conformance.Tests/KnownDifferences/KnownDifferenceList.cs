using System.Text.Json;
using System.Text.Json.Serialization;
using Spoke.Conformance.Tests.Running;

namespace Spoke.Conformance.Tests.KnownDifferences;

/// <summary><c>known-differences.json</c>: the checks expected to fail until the emulator closes the difference.</summary>
internal sealed class KnownDifferenceList
{
    private static readonly Lazy<KnownDifferenceList> Committed = new(() => Read(File.ReadAllText(SuitePaths.KnownDifferences)));

    private KnownDifferenceList(IReadOnlyList<KnownDifference> differences) => Differences = differences;

    public IReadOnlyList<KnownDifference> Differences { get; }

    /// <summary>The committed list.</summary>
    public static KnownDifferenceList Load() => Committed.Value;

    public static KnownDifferenceList Read(string json)
    {
        var file = JsonSerializer.Deserialize<FileShape>(json)
            ?? throw new InvalidDataException("known-differences.json is empty.");
        return new KnownDifferenceList(file.Differences ?? []);
    }

    public KnownDifference? Find(string checkId) => Differences.FirstOrDefault(d => d.Id == checkId);

    private sealed record FileShape([property: JsonPropertyName("differences")] List<KnownDifference>? Differences);
}
