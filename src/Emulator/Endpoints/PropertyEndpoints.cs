using Spoke.Emulator.Http;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Endpoints;

/// <summary><c>/crm/v3/properties/{objectType}[/{propertyName}]</c>: list, read, create, update and archive property definitions.</summary>
internal static class PropertyEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var properties = routes.MapGroup("/crm/v3/properties/{objectType}");
        properties.MapGet("", List).Requires(ScopeRequirement.SchemaRead);
        properties.MapGet("/{propertyName}", Get).Requires(ScopeRequirement.SchemaRead);
        properties.MapPost("", CreateAsync).Requires(ScopeRequirement.SchemaWrite);
        properties.MapPatch("/{propertyName}", UpdateAsync).Requires(ScopeRequirement.SchemaWrite);
        properties.MapDelete("/{propertyName}", Archive).Requires(ScopeRequirement.SchemaWrite);
    }

    /// <summary>The live properties, or with <c>archived=true</c> only the archived ones, by name.</summary>
    private static Task List(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var properties = QueryValues.Flag(context.Request, "archived") ? type.ArchivedProperties : type.Properties;
        var body = JsonResponse.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var property in properties.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                writer.WriteRawValue(property.Json, skipInputValidation: true);
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
        var properties = QueryValues.Flag(context.Request, "archived") ? type.ArchivedProperties : type.Properties;
        return properties.TryGetValue(name, out var property)
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
            RequireNewName(type, property.Name);
            RequireGroup(write.Database, type, property.GroupName);
            write.PutProperty(type, property);
        });
        context.Response.Headers.Location = $"/crm/v3/properties/{type.Name}/{property.Name}";
        await JsonResponse.SendAsync(context, StatusCodes.Status201Created, property.Json, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task UpdateAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var name = (string)context.GetRouteValue("propertyName")!;
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var updated = state.Database.Write(write =>
        {
            var property = type.TryGetProperty(name, out var found) ? found : throw PropertyNotFound(type, name);
            var changed = PropertyDefinitionChanges.Update(type, property, document.RootElement, write.Now);
            RequireGroup(write.Database, type, changed.GroupName);
            write.PutProperty(type, changed);
            return changed;
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, updated.Json, context.RequestAborted).ConfigureAwait(false);
    }

    private static void Archive(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var name = (string)context.GetRouteValue("propertyName")!;
        state.Database.Write(write =>
        {
            var property = type.TryGetProperty(name, out var found) ? found : throw PropertyNotFound(type, name);
            ArchiveOne(write, type, property);
        });
        JsonResponse.NoContent(context);
    }

    /// <summary>Archives a property; HubSpot-defined ones that are not archivable refuse.</summary>
    public static void ArchiveOne(WriteContext write, ObjectTypeDefinition type, PropertyDefinition property)
    {
        if (!property.IsArchivable)
        {
            throw ApiProblem.Validation($"{property.Name} is a HubSpot-defined property of {type.Name} that cannot be archived.");
        }

        write.PutProperty(type, PropertyDefinitionChanges.Archive(property, write.Now));
    }

    /// <summary>Refuses a name a live or archived property of the type already has.</summary>
    public static void RequireNewName(ObjectTypeDefinition type, string name)
    {
        var archived = type.ArchivedProperties.ContainsKey(name);
        if (archived || type.Properties.ContainsKey(name))
        {
            throw new ApiProblem(409, ErrorCategories.Conflict,
                $"A property named \"{name}\" already exists on {type.Name}{(archived ? " (archived)" : "")}.")
            {
                Context = new Dictionary<string, IReadOnlyList<string>> { ["name"] = [name] },
            };
        }
    }

    /// <summary>Refuses a group name that is not a live group of the type.</summary>
    public static void RequireGroup(CrmDatabase database, ObjectTypeDefinition type, string groupName)
    {
        if (database.PropertyGroups.Find(type, groupName) is null)
        {
            throw ApiProblem.Validation(
                $"Property group \"{groupName}\" does not exist on {type.Name}. Use one listed by GET /crm/v3/properties/{type.Name}/groups, or create it there.");
        }
    }

    public static ApiProblem PropertyNotFound(ObjectTypeDefinition type, string name) =>
        new(404, ErrorCategories.ObjectNotFound, $"Unable to find property with name {name} for object type {type.TypeId}")
        {
            Context = new Dictionary<string, IReadOnlyList<string>> { ["name"] = [name] },
        };
}
