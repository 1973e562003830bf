using System.Text.Json;
using System.Text.RegularExpressions;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// <c>/crm/v3/properties/{objectType}/groups[/{groupName}]</c>: list, read, create, update and archive property groups.
/// A group that live properties are in cannot be archived.
/// </summary>
internal static partial class PropertyGroupEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var groups = routes.MapGroup("/crm/v3/properties/{objectType}/groups");
        groups.MapGet("", List).Requires(ScopeRequirement.SchemaRead);
        groups.MapPost("", CreateAsync).Requires(ScopeRequirement.SchemaWrite);
        groups.MapGet("/{groupName}", Get).Requires(ScopeRequirement.SchemaRead);
        groups.MapPatch("/{groupName}", UpdateAsync).Requires(ScopeRequirement.SchemaWrite);
        groups.MapDelete("/{groupName}", Archive).Requires(ScopeRequirement.SchemaWrite);
    }

    /// <summary>The live groups, or with <c>archived=true</c> only the archived ones, in display order.</summary>
    private static Task List(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var archived = QueryValues.Flag(context.Request, "archived");
        var body = state.Database.Read(() => JsonResponse.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var group in state.Database.PropertyGroups.All(type).Where(g => g.IsArchived == archived)
                .OrderBy(g => g.DisplayOrder).ThenBy(g => g.Name, StringComparer.Ordinal))
            {
                PropertyGroupJson.Write(writer, group);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static Task Get(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var name = GroupName(context);
        var archived = QueryValues.Flag(context.Request, "archived");
        var body = state.Database.Read(() => JsonResponse.Build(w => PropertyGroupJson.Write(w, Require(state, type, name, archived))));
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var input = document.RootElement;
        var name = Text(input, "name") ?? throw ApiProblem.Validation("A property group needs a \"name\".");
        if (!NamePattern().IsMatch(name))
        {
            throw ApiProblem.Validation($"Property group name \"{name}\" is not valid: use lower-case letters, digits and underscores, starting with a letter.");
        }

        var label = Text(input, "label") ?? throw ApiProblem.Validation("A property group needs a \"label\".");
        var group = new PropertyGroup(name) { Label = label, DisplayOrder = DisplayOrder(input) ?? -1 };
        state.Database.Write(write =>
        {
            if (write.Database.PropertyGroups.Find(type, name) is not null)
            {
                throw new ApiProblem(409, ErrorCategories.Conflict, $"A property group named \"{name}\" already exists on {type.Name}.")
                {
                    Context = new Dictionary<string, IReadOnlyList<string>> { ["name"] = [name] },
                };
            }

            write.Database.PropertyGroups.Add(type, group);
            write.PropertyGroupsChanged(type);
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status201Created, w => PropertyGroupJson.Write(w, group), context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task UpdateAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var name = GroupName(context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var label = Text(document.RootElement, "label");
        var displayOrder = DisplayOrder(document.RootElement);
        var body = state.Database.Write(write =>
        {
            var group = Require(state, type, name);
            group.Label = label ?? group.Label;
            group.DisplayOrder = displayOrder ?? group.DisplayOrder;
            write.PropertyGroupsChanged(type);
            return JsonResponse.Build(w => PropertyGroupJson.Write(w, group));
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted).ConfigureAwait(false);
    }

    private static void Archive(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        var name = GroupName(context);
        state.Database.Write(write =>
        {
            var group = Require(state, type, name);
            if (type.Properties.Values.Any(p => p.GroupName == name))
            {
                throw new ApiProblem(400, ErrorCategories.Validation, "Can't delete or purge a group with active properties")
                {
                    SubCategory = "PropertyGroupError.GROUP_WITH_ACTIVE_PROPERTIES",
                    Context = new Dictionary<string, IReadOnlyList<string>> { ["groupName"] = [name] },
                };
            }

            group.IsArchived = true;
            write.PropertyGroupsChanged(type);
        });
        JsonResponse.NoContent(context);
    }

    private static PropertyGroup Require(EmulatorState state, ObjectTypeDefinition type, string name, bool archived = false) =>
        state.Database.PropertyGroups.Find(type, name, archived)
        ?? throw new ApiProblem(404, ErrorCategories.ObjectNotFound, $"Unable to find property group {name} for object type {type.TypeId}")
        {
            Context = new Dictionary<string, IReadOnlyList<string>> { ["name"] = [name] },
        };

    private static string GroupName(HttpContext context) => (string)context.GetRouteValue("groupName")!;

    private static string? Text(JsonElement body, string name) => body.Member(name) switch
    {
        { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } text when text.GetString()!.Length > 0 => text.GetString(),
        var other => throw ApiProblem.Validation($"\"{name}\" must be non-empty text, but was {other.GetRawText()}."),
    };

    private static int? DisplayOrder(JsonElement body) => body.Member("displayOrder") switch
    {
        { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out var order) => order,
        var other => throw ApiProblem.Validation($"displayOrder must be a whole number, but was {other.GetRawText()}."),
    };

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}
