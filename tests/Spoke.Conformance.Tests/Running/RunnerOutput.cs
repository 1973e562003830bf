using System.Text.Json;

namespace Spoke.Conformance.Tests.Running;

/// <summary>Reads the runner's standard output: one JSON object per line, each naming a check.</summary>
internal static class RunnerOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The results of a run, by check id.</summary>
    public static IReadOnlyDictionary<string, CheckResult> Results(string standardOutput) => Parse<CheckResult>(standardOutput, r => r.Id);

    /// <summary>The checks of <c>--list</c>, in the runner's order.</summary>
    public static IReadOnlyList<CheckDescriptor> Listing(string standardOutput) =>
        Parse<CheckDescriptor>(standardOutput, c => c.Id).Values.ToList();

    private static Dictionary<string, T> Parse<T>(string standardOutput, Func<T, string> idOf)
    {
        var parsed = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var line in standardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var item = JsonSerializer.Deserialize<T>(line, Options)
                ?? throw new InvalidOperationException($"The runner printed a null line: {line}");
            if (!parsed.TryAdd(idOf(item), item))
            {
                throw new InvalidOperationException($"The runner printed check {idOf(item)} twice.");
            }
        }

        return parsed;
    }
}
