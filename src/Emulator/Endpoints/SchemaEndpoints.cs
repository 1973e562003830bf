using Spoke.Emulator.Http;

namespace Spoke.Emulator.Endpoints;

/// <summary>Custom object schemas from <c>schemas.json</c>, at <c>/crm/v3/schemas</c> and its canonical <c>/crm-object-schemas/v3/schemas</c>.</summary>
internal static class SchemaEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        foreach (var prefix in new[] { "/crm/v3/schemas", "/crm-object-schemas/v3/schemas" })
        {
            routes.MapGet(prefix, List).Requires(ScopeRequirement.CustomSchemaRead);
            routes.MapGet(prefix + "/{schemaType}", Get).Requires(ScopeRequirement.CustomSchemaRead);
        }
    }

    private static Task List(HttpContext context, EmulatorState state)
    {
        var archived = QueryValues.Flag(context.Request, "archived");
        var body = JsonResponse.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            if (!archived)
            {
                foreach (var type in state.Schema.CustomTypes)
                {
                    writer.WriteRawValue(type.SchemaJson!, skipInputValidation: true);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static Task Get(HttpContext context, EmulatorState state)
    {
        var name = context.GetRouteValue("schemaType") as string;
        return state.Schema.TryResolve(name, out var type) && type.SchemaJson is { } json
            ? JsonResponse.SendAsync(context, StatusCodes.Status200OK, json, context.RequestAborted)
            : throw new ApiProblem(404, ErrorCategories.ObjectNotFound, $"Unable to find a custom object schema for \"{name}\". Custom objects are read from schemas.json.")
            {
                Context = new Dictionary<string, IReadOnlyList<string>> { ["objectType"] = [name ?? ""] },
            };
    }
}
