using Spoke.Agents.Text;
using Spoke.Pipelines;
using Spoke.Schema;

namespace Spoke.Agents.Tools;

/// <summary>
/// The narrowing arguments of <c>get_hubspot_schema</c>: <c>query</c> keeps the properties whose name, label, description or
/// group holds every word of it (ignoring case); <c>pipeline</c> picks one pipeline by label (ignoring case) or id.
/// </summary>
internal static class SchemaQuery
{
    /// <summary>Whether a property matches every word of <paramref name="query"/>; every property matches no query.</summary>
    public static bool Matches(CrmProperty property, string? query) =>
        query is null
        || query.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word =>
            new[] { property.Name, property.Label, property.Description, property.GroupName }
                .Any(field => field?.Contains(word, StringComparison.OrdinalIgnoreCase) == true));

    /// <summary>The pipeline whose id is <paramref name="pipeline"/> or whose label is it ignoring case; a tool error naming the pipelines otherwise.</summary>
    public static CrmPipeline Pipeline(CrmObjectType objectType, IReadOnlyList<CrmPipeline> pipelines, string pipeline)
    {
        if (pipelines.Count == 0)
        {
            throw ToolCallException.Invalid($"'{objectType.Name}' has no pipelines; leave out 'pipeline'. Deals, tickets and custom objects with pipelines have them.");
        }

        return pipelines.FirstOrDefault(candidate => candidate.Id == pipeline)
            ?? pipelines.FirstOrDefault(candidate => string.Equals(candidate.Label, pipeline, StringComparison.OrdinalIgnoreCase))
            ?? throw ToolCallException.Invalid(
                $"'{objectType.Name}' has no pipeline {UntrustedText.Quote(pipeline)}. Pipelines: "
                + string.Join(", ", pipelines.Select(candidate => $"{UntrustedText.Quote(candidate.Label)} (id {UntrustedText.Quote(candidate.Id)})")) + ".");
    }
}
