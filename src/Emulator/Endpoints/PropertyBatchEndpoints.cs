using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Endpoints;

/// <summary>
/// <c>/crm/v3/properties/{objectType}/batch/*</c>: read, create and archive property definitions, up to 100 per request.
/// A create applies all inputs or none; an archive answers 204 whatever the state of the named properties.
/// </summary>
internal static class PropertyBatchEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var batch = routes.MapGroup("/crm/v3/properties/{objectType}/batch");
        batch.MapPost("/read", ReadAsync).Requires(ScopeRequirement.SchemaRead);
        batch.MapPost("/create", CreateAsync).Requires(ScopeRequirement.SchemaWrite);
        batch.MapPost("/archive", ArchiveAsync).Requires(ScopeRequirement.SchemaWrite);
    }

    /// <summary>The named definitions (archived ones with <c>"archived": true</c>); names not found are listed in a 207.</summary>
    private static async Task ReadAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var names = Names(document.RootElement, "read");
        var archived = document.RootElement.Member("archived") switch
        {
            { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False } => false,
            { ValueKind: JsonValueKind.True } => true,
            var other => throw ApiProblem.Validation($"\"archived\" must be true or false, but was {other.GetRawText()}."),
        };
        var startedAt = state.Database.Now;
        var properties = archived ? type.ArchivedProperties : type.Properties;
        var found = names.Distinct(StringComparer.Ordinal).Select(n => properties.GetValueOrDefault(n)).OfType<PropertyDefinition>().ToList();
        var missing = names.Where(n => !properties.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToList();
        var errors = missing.Count == 0
            ? []
            : new List<(ApiProblem, string?)>
            {
                (new ApiProblem(404, ErrorCategories.ObjectNotFound, $"Unable to find some properties of {type.Name}: {string.Join(", ", missing)}.")
                {
                    Context = new Dictionary<string, IReadOnlyList<string>> { ["names"] = missing },
                }, null),
            };
        var results = found.Select(p => (Action<Utf8JsonWriter>)(w => w.WriteRawValue(p.Json, skipInputValidation: true))).ToList();
        await JsonResponse.SendAsync(context, errors.Count > 0 ? StatusCodes.Status207MultiStatus : StatusCodes.Status200OK,
            BatchResponse.Build(startedAt, state.Database.Now, results, errors), context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var startedAt = state.Database.Now;
        var created = BatchInputs.Read(document.RootElement).Select(input => PropertyCreateReader.Read(input, startedAt)).ToList();
        if (created.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw ApiProblem.Validation($"Two inputs create a property named \"{duplicate.Key}\"; each name may appear once per batch.");
        }

        state.Database.Write(write =>
        {
            foreach (var property in created)
            {
                PropertyEndpoints.RequireNewName(type, property.Name);
                PropertyEndpoints.RequireGroup(write.Database, type, property.GroupName);
            }

            foreach (var property in created)
            {
                write.PutProperty(type, property);
            }
        });
        var results = created.Select(p => (Action<Utf8JsonWriter>)(w => w.WriteRawValue(p.Json, skipInputValidation: true))).ToList();
        await JsonResponse.SendAsync(context, StatusCodes.Status201Created, BatchResponse.Build(startedAt, state.Database.Now, results, []), context.RequestAborted)
            .ConfigureAwait(false);
    }

    private static async Task ArchiveAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var names = Names(document.RootElement, "archive");
        state.Database.Write(write =>
        {
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                if (type.TryGetProperty(name, out var property) && property.IsArchivable)
                {
                    PropertyEndpoints.ArchiveOne(write, type, property);
                }
            }
        });
        JsonResponse.NoContent(context);
    }

    private static List<string> Names(JsonElement body, string action) =>
        [.. BatchInputs.Read(body).Select(input => input.StringMember("name") is { Length: > 0 } name
            ? name
            : throw ApiProblem.Validation($"Each input of a property batch {action} needs a \"name\"."))];
}
