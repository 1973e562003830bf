using Spoke.Emulator.Http;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// Every endpoint area the emulator serves. An area is one static class with a <c>Map</c> method; add new areas
/// (e.g. webhooks) here with one line.
/// </summary>
internal static class EmulatorEndpointMap
{
    public static void MapAll(IEndpointRouteBuilder routes)
    {
        ObjectEndpoints.Map(routes);
        BatchEndpoints.Map(routes);
        SearchEndpoints.Map(routes);
        Webhooks.WebhookEndpoints.Map(routes);
        MergeEndpoints.Map(routes);
        AssociationEndpoints.Map(routes);
        AssociationBatchEndpoints.Map(routes);
        AssociationLabelEndpoints.Map(routes);
        PropertyEndpoints.Map(routes);
        PropertyBatchEndpoints.Map(routes);
        PropertyGroupEndpoints.Map(routes);
        PipelineEndpoints.Map(routes);
        PipelineStageEndpoints.Map(routes);
        SchemaEndpoints.Map(routes);
        OwnerEndpoints.Map(routes);
        AccountEndpoints.Map(routes);
        AccessTokenInfoEndpoints.Map(routes);
        routes.MapFallback(NotFound).Requires(ScopeRequirement.None);
    }

    private static void NotFound(HttpContext context) =>
        throw new ApiProblem(404, ErrorCategories.ObjectNotFound, $"resource not found: {context.Request.Method} {context.Request.Path} is not an endpoint of the emulator (see docs/emulator.md).");
}
