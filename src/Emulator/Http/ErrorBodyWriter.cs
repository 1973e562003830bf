using System.Text.Json;

namespace Spoke.Emulator.Http;

/// <summary>Writes HubSpot's error bodies: the standard <c>Error</c> shape and the rate-limit shape.</summary>
internal static class ErrorBodyWriter
{
    public static void WriteProblem(Utf8JsonWriter writer, ApiProblem problem, string correlationId)
    {
        writer.WriteStartObject();
        WriteProblemFields(writer, problem);
        writer.WriteString("correlationId", correlationId);
        writer.WriteEndObject();
    }

    /// <summary>The fields of one error, shared by whole-request errors and the per-input errors of a 207.</summary>
    public static void WriteProblemFields(Utf8JsonWriter writer, ApiProblem problem)
    {
        writer.WriteString("status", "error");
        writer.WriteString("message", problem.Message);
        writer.WriteString("category", problem.Category);
        if (problem.SubCategory is not null)
        {
            writer.WriteString("subCategory", problem.SubCategory);
        }

        if (problem.Errors.Count > 0)
        {
            writer.WriteStartArray("errors");
            foreach (var error in problem.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("message", error.Message);
                if (error.Code is not null)
                {
                    writer.WriteString("code", error.Code);
                }

                if (error.In is not null)
                {
                    writer.WriteString("in", error.In);
                }

                if (error.Context is not null)
                {
                    WriteContextMap(writer, error.Context);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (problem.Context.Count > 0)
        {
            WriteContextMap(writer, problem.Context);
        }

        if (problem.Links.Count > 0)
        {
            writer.WriteStartObject("links");
            foreach (var (name, link) in problem.Links)
            {
                writer.WriteString(name, link);
            }

            writer.WriteEndObject();
        }
    }

    public static void WriteRateLimit(Utf8JsonWriter writer, RateLimitPolicy policy, string correlationId, long portalId)
    {
        writer.WriteStartObject();
        writer.WriteString("status", "error");
        writer.WriteString("message", $"You have reached your {policy.MessageName} limit.");
        writer.WriteString("errorType", "RATE_LIMIT");
        writer.WriteString("correlationId", correlationId);
        writer.WriteString("policyName", policy.Name);
        writer.WriteString("groupName", $"publicapi:private_app-api-calls-{policy.GroupSuffix}:{portalId}");
        writer.WriteEndObject();
    }

    private static void WriteContextMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        writer.WriteStartObject("context");
        foreach (var (name, values) in context)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
