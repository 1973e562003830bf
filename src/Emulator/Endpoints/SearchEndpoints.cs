using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.RateLimiting;
using Spoke.Emulator.Search;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Endpoints;

/// <summary><c>POST /crm/v3/objects/{objectType}/search</c>.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/crm/v3/objects/{objectType}/search", SearchAsync)
            .Requires(ScopeRequirement.ObjectRead)
            .WithMetadata(SearchEndpointMarker.Instance);

    private static async Task SearchAsync(HttpContext context, EmulatorState state)
    {
        var type = RecordLookup.TypeOf(state, context);
        using var document = await RequestBody.ReadObjectAsync(context, context.RequestAborted).ConfigureAwait(false);
        var request = SearchRequestReader.Read(document.RootElement, type, state.Schema);
        var selection = request.Properties is { Count: > 0 }
            ? PropertySelection.ForRead(type, request.Properties)
            : PropertySelection.Defaults(type);
        var visibleBefore = state.Database.Now - state.Options.SearchIndexingDelay;
        var body = state.Database.Read(() =>
        {
            var (total, page, next) = SearchEngine.Run(state.Database, type, request, visibleBefore);
            return JsonResponse.Build(writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("total", total);
                writer.WriteStartArray("results");
                foreach (var record in page)
                {
                    RecordJsonWriter.Write(writer, record, selection);
                }

                writer.WriteEndArray();
                if (next is { } after)
                {
                    Paging.WriteNext(writer, WireFormat.Id(after));
                }

                writer.WriteEndObject();
            });
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted).ConfigureAwait(false);
    }
}
