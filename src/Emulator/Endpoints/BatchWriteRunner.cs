using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.State;
using Spoke.Emulator.Writes;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// Runs a batch write atomically: every input is validated first (each returning a plan), then the valid plans are
/// applied. Without trace ids the first invalid input fails the whole batch and nothing changes; with a trace id on
/// every input the valid ones are applied and the rest reported in a 207.
/// </summary>
internal static class BatchWriteRunner
{
    /// <summary>Validates one input (throwing <see cref="ApiProblem"/>) and returns how to apply it.</summary>
    public delegate Func<WriteContext, Action<Utf8JsonWriter>> Planner(WriteContext write, JsonElement input, UniqueValueClaims claims);

    public static (int Status, PooledBody Body) Run(CrmDatabase database, IReadOnlyList<JsonElement> inputs, int successStatus, Planner plan)
    {
        var multiStatus = BatchInputs.WantsMultiStatus(inputs);
        return database.Write(write =>
        {
            var claims = new UniqueValueClaims();
            var plans = new List<Func<WriteContext, Action<Utf8JsonWriter>>>(inputs.Count);
            var errors = new List<(ApiProblem, string?)>();
            foreach (var input in inputs)
            {
                try
                {
                    plans.Add(plan(write, input, claims));
                }
                catch (ApiProblem problem) when (multiStatus)
                {
                    errors.Add((problem, input.StringMember("objectWriteTraceId")));
                }
            }

            var results = plans.Select(apply => apply(write)).ToList();
            var body = BatchResponse.Build(write.Now, database.Now, results, errors);
            return (errors.Count > 0 ? StatusCodes.Status207MultiStatus : successStatus, body);
        });
    }
}
