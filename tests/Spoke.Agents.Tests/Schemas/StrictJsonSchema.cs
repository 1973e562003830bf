using System.Text.Json;
using System.Text.Json.Nodes;

namespace Spoke.Agents.Tests.Schemas;

/// <summary>A value to validate against one tool's input or output schema, named for the failure message.</summary>
/// <param name="Name">What the case shows, e.g. "multi-select append".</param>
/// <param name="Tool">The tool whose schema applies.</param>
/// <param name="Value">The arguments or the structured result.</param>
internal sealed record SchemaCase(string Name, string Tool, JsonNode Value);

/// <summary>How ajv judged one <see cref="SchemaCase"/>.</summary>
/// <param name="Name">The case's name.</param>
/// <param name="Valid">Whether the value passed the schema; <see langword="null"/> when the tool has no such schema or it did not compile.</param>
/// <param name="Errors">ajv's errors when it did not.</param>
internal sealed record SchemaVerdict(string Name, bool? Valid, string Errors);

/// <summary>
/// Runs ajv (draft 2020-12, <c>strict: true</c>, as a strict MCP client validates) from <c>node/validate.js</c> over the
/// tools of a <c>tools/list</c> answer: compiles every input and output schema, and validates arguments and results.
/// </summary>
internal static class StrictJsonSchema
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "Spoke.Agents.Tests", "node");

    /// <summary>Each compiled schema as <c>tool.inputSchema</c> or <c>tool.outputSchema</c>, with ajv's error when it did not compile.</summary>
    public sealed record Report(IReadOnlyDictionary<string, string?> Schemas, IReadOnlyList<SchemaVerdict> Arguments, IReadOnlyList<SchemaVerdict> Results);

    public static async Task<Report> ValidateAsync(JsonElement tools, IEnumerable<SchemaCase>? arguments = null, IEnumerable<SchemaCase>? results = null)
    {
        await NodePackages.EnsureInstalledAsync(Folder, "ajv");
        var input = new JsonObject
        {
            ["tools"] = JsonNode.Parse(tools.GetRawText()),
            ["arguments"] = Cases(arguments),
            ["results"] = Cases(results),
        };
        var path = Path.Combine(Path.GetTempPath(), $"spoke-ajv-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, input.ToJsonString());
        try
        {
            var outcome = await ChildProcess.RunAsync(NodeToolchain.Node, Folder, TimeSpan.FromMinutes(1), "validate.js", path);
            Assert.True(outcome.ExitCode == 0, $"node validate.js failed (exit code {outcome.ExitCode}):\n{outcome.StandardError}");
            using var report = JsonDocument.Parse(outcome.StandardOutput);
            return new Report(
                report.RootElement.GetProperty("schemas").EnumerateArray().ToDictionary(
                    schema => $"{schema.GetProperty("tool").GetString()}.{schema.GetProperty("schema").GetString()}",
                    schema => schema.TryGetProperty("error", out var error) ? error.GetString() : null),
                Verdicts(report.RootElement.GetProperty("arguments")),
                Verdicts(report.RootElement.GetProperty("results")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static JsonArray Cases(IEnumerable<SchemaCase>? cases) =>
        [.. (cases ?? []).Select(item => new JsonObject { ["name"] = item.Name, ["tool"] = item.Tool, ["value"] = item.Value.DeepClone() })];

    private static List<SchemaVerdict> Verdicts(JsonElement verdicts) =>
        [.. verdicts.EnumerateArray().Select(verdict => new SchemaVerdict(verdict.GetProperty("name").GetString()!, verdict.GetProperty("valid").ValueKind == JsonValueKind.Null ? null : verdict.GetProperty("valid").GetBoolean(), verdict.GetProperty("errors").GetString()!))];
}
