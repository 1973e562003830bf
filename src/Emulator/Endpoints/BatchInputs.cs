using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;

namespace Spoke.Emulator.Endpoints;

/// <summary>Reads a batch body's <c>inputs</c> and decides between fail-fast and 207 multi-status.</summary>
internal static class BatchInputs
{
    public const int MaxInputs = 100;

    public static IReadOnlyList<JsonElement> Read(JsonElement body)
    {
        var inputs = body.Member("inputs");
        if (inputs.ValueKind != JsonValueKind.Array)
        {
            throw ApiProblem.Validation("The body needs an \"inputs\" array.");
        }

        var count = inputs.GetArrayLength();
        if (count > MaxInputs)
        {
            throw ApiProblem.Validation($"Too many inputs: {count}. A batch request accepts at most {MaxInputs}; split it into several requests.");
        }

        var list = inputs.EnumerateArray().ToList();
        return list.All(i => i.ValueKind == JsonValueKind.Object)
            ? list
            : throw ApiProblem.Validation("Every element of \"inputs\" must be an object.");
    }

    /// <summary>HubSpot answers 207 with per-input errors only when every input carries an <c>objectWriteTraceId</c>.</summary>
    public static bool WantsMultiStatus(IReadOnlyList<JsonElement> inputs) =>
        inputs.Count > 0 && inputs.All(i => i.StringMember("objectWriteTraceId") is { Length: > 0 });
}
