using Spoke.Emulator.Http;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Endpoints;

/// <summary><c>/crm/v3/properties/{objectType}</c>: list, read one, create.</summary>
internal static class PropertyEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var properties = routes.MapGroup("/crm/v3/properties/{objectType}");
        properties.MapGet("", List).Requires(ScopeRequirement.SchemaRead);
        properties.MapGet("/{propertyName}", Get).Requires(ScopeRequirement.SchemaRead);
        properties.MapPost("", CreateAsync).Requires(ScopeRequirement.SchemaWrite);
    }

    private static Task List(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        // Snapshots hold live properties only, so an archived listing is empty.
        var archived = QueryValues.Flag(context.Request, "archived");
        var body = JsonResponse.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            if (!archived)
            {
                foreach (var property in type.Properties.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WriteRawValue(property.Json, skipInputValidation: true);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static Task Get(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var name = (string)context.GetRouteValue("propertyName")!;
        return type.TryGetProperty(name, out var property)
            ? JsonResponse.SendAsync(context, StatusCodes.Status200OK, property.Json, context.RequestAborted)
            : throw PropertyNotFound(type, name);
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var property = PropertyCreateReader.Read(document.RootElement, state.Database.Now);
        state.Database.Write(write =>
        {
            if (type.TryGetProperty(property.Name, out _))
            {
                throw new ApiProblem(409, ErrorCategories.Conflict, $"A property named \"{property.Name}\" already exists on {type.Name}.")
                {
                    Context = new Dictionary<string, IReadOnlyList<string>> { ["name"] = [property.Name] },
                };
            }

            write.AddProperty(type, property);
        });
        context.Response.Headers.Location = $"/crm/v3/properties/{type.Name}/{property.Name}";
        await JsonResponse.SendAsync(context, StatusCodes.Status201Created, property.Json, context.RequestAborted).ConfigureAwait(false);
    }

    private static ApiProblem PropertyNotFound(ObjectTypeDefinition type, string name) =>
        new(404, ErrorCategories.ObjectNotFound, $"Unable to find property with name {name} for object type {type.TypeId}")
        {
            Context = new Dictionary<string, IReadOnlyList<string>> { ["name"] = [name] },
        };
}
