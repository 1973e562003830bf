using System.Globalization;
using System.Text.Json;
using Spoke.Emulator.Http;
using Spoke.Emulator.State;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Endpoints;

/// <summary><c>/crm/v3/owners</c>: the account's owners, whose ids are the values of <c>hubspot_owner_id</c>.</summary>
internal static class OwnerEndpoints
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/crm/v3/owners", List).Requires(ScopeRequirement.OwnersRead);
        routes.MapGet("/crm/v3/owners/{ownerId}", Get).Requires(ScopeRequirement.OwnersRead);
    }

    private static Task List(HttpContext context, EmulatorState state)
    {
        var request = context.Request;
        var limit = QueryValues.Integer(request, "limit", DefaultLimit, MaxLimit);
        var email = QueryValues.Text(request, "email");
        var start = (int)Math.Min(Paging.After(request), int.MaxValue);

        // Every emulated owner is active, so an archived listing is empty.
        var owners = QueryValues.Flag(request, "archived")
            ? []
            : state.Database.Owners.Where(o => email is null || o.Email.Equals(email, StringComparison.OrdinalIgnoreCase)).ToList();
        var page = owners.Skip(start).Take(limit).ToList();
        var body = JsonResponse.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var owner in page)
            {
                Write(writer, owner);
            }

            writer.WriteEndArray();
            if ((long)start + limit < owners.Count)
            {
                Paging.WriteNext(writer, (start + limit).ToString(CultureInfo.InvariantCulture), request, limit);
            }

            writer.WriteEndObject();
        });
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted);
    }

    private static Task Get(HttpContext context, EmulatorState state)
    {
        var id = (string)context.GetRouteValue("ownerId")!;
        var byUserId = QueryValues.Text(context.Request, "idProperty") switch
        {
            null or "id" => false,
            "userId" => true,
            var other => throw ApiProblem.Validation($"idProperty must be \"id\" or \"userId\", but was \"{other}\"."),
        };
        var owner = state.Database.Owners.FirstOrDefault(o => byUserId ? o.UserId.ToString(CultureInfo.InvariantCulture) == id : o.Id == id)
            ?? throw ApiProblem.NotFound($"Owner {id} was not found.", id);
        return JsonResponse.SendAsync(context, StatusCodes.Status200OK, w => Write(w, owner), context.RequestAborted);
    }

    private static void Write(Utf8JsonWriter writer, Owner owner)
    {
        writer.WriteStartObject();
        writer.WriteString("id", owner.Id);
        writer.WriteString("email", owner.Email);
        writer.WriteString("type", "PERSON");
        writer.WriteString("firstName", owner.FirstName);
        writer.WriteString("lastName", owner.LastName);
        writer.WriteNumber("userId", owner.UserId);
        writer.WriteNumber("userIdIncludingInactive", owner.UserId);
        writer.WriteString("createdAt", WireFormat.Timestamp(owner.CreatedAt));
        writer.WriteString("updatedAt", WireFormat.Timestamp(owner.CreatedAt));
        writer.WriteBoolean("archived", false);
        writer.WriteEndObject();
    }
}
