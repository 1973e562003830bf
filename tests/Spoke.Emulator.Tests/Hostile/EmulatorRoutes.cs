using Microsoft.AspNetCore.Routing;

namespace Spoke.Emulator.Tests.Hostile;

/// <summary>
/// Every route the emulator maps, read from its own endpoint table so a new endpoint is covered without editing the
/// tests, with each route parameter filled by a value that resolves (so requests reach the body and query checks).
/// </summary>
internal static class EmulatorRoutes
{
    public static IReadOnlyList<EmulatorRoute> All(HubSpotEmulator hub, IReadOnlyDictionary<string, string> parameters)
    {
        var app = EmulatorApplication.Build(hub.State, inMemory: true);
        try
        {
            return [.. ((IEndpointRouteBuilder)app).DataSources
                .SelectMany(source => source.Endpoints)
                .OfType<RouteEndpoint>()
                .Where(endpoint => endpoint.RoutePattern.Parameters.All(p => !p.IsCatchAll))
                .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method =>
                    new EmulatorRoute(method, endpoint.RoutePattern.RawText!, [.. endpoint.RoutePattern.Parameters.Select(p => p.Name)])))
                .OrderBy(route => route.Pattern, StringComparer.Ordinal)
                .ThenBy(route => route.Method, StringComparer.Ordinal)];
        }
        finally
        {
            ((IDisposable)app).Dispose();
        }
    }
}

/// <summary>One method and route pattern, e.g. <c>PATCH /crm/v3/objects/{objectType}/{objectId}</c>.</summary>
internal sealed record EmulatorRoute(string Method, string Pattern, IReadOnlyList<string> Parameters)
{
    /// <summary>The path with every parameter replaced, by <paramref name="values"/> or else by <paramref name="override"/>'s value.</summary>
    /// <summary>The parameter value used for <c>{objectType}</c> in the pipelines endpoints.</summary>
    public const string PipelineObjectType = "pipelineObjectType";

    public string Path(IReadOnlyDictionary<string, string> values, (string Name, string Value)? @override = null)
    {
        var path = Pattern;
        foreach (var name in Parameters)
        {
            // Contacts have no pipelines, so the pipelines endpoints get an object type of their own when one is given.
            var key = name == "objectType" && Pattern.StartsWith("/crm/v3/pipelines/", StringComparison.Ordinal) && values.ContainsKey(PipelineObjectType)
                ? PipelineObjectType
                : name;
            var value = @override is { } replaced && replaced.Name == name ? replaced.Value : values[key];
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return path;
    }

    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";

    public override string ToString() => $"{Method} {Pattern}";
}
