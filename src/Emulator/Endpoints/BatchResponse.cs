using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Endpoints;

/// <summary>Writes <c>BatchResponseSimplePublicObject</c> (with <c>numErrors</c> and <c>errors</c> when some inputs failed).</summary>
internal static class BatchResponse
{
    public static PooledBody Build(
        DateTimeOffset startedAt,
        DateTimeOffset completedAt,
        IReadOnlyList<Action<Utf8JsonWriter>> results,
        IReadOnlyList<(ApiProblem Problem, string? TraceId)> errors) =>
        JsonResponse.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("status", "COMPLETE");
            writer.WriteStartArray("results");
            foreach (var result in results)
            {
                result(writer);
            }

            writer.WriteEndArray();
            if (errors.Count > 0)
            {
                writer.WriteNumber("numErrors", errors.Count);
                writer.WriteStartArray("errors");
                foreach (var (problem, traceId) in errors)
                {
                    writer.WriteStartObject();
                    var withTrace = traceId is null
                        ? problem
                        : new ApiProblem(problem.Status, problem.Category, problem.Message)
                        {
                            SubCategory = problem.SubCategory,
                            Errors = problem.Errors,
                            Context = new Dictionary<string, IReadOnlyList<string>>(problem.Context) { ["objectWriteTraceId"] = [traceId] },
                        };
                    ErrorBodyWriter.WriteProblemFields(writer, withTrace);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteString("startedAt", WireFormat.Timestamp(startedAt));
            writer.WriteString("completedAt", WireFormat.Timestamp(completedAt));
            writer.WriteEndObject();
        });
}
