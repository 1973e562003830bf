using Spoke.Emulator.Http;
using Spoke.Emulator.Json;
using Spoke.Emulator.RateLimiting;
using Spoke.Emulator.Search;

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
        // The request is read against the schema of this version; a response built after a later write is not kept.
        var readAtVersion = state.Database.Version;
        var request = SearchRequestReader.Read(document.RootElement, type, state.Schema);
        var selection = request.Properties is { Count: > 0 }
            ? PropertySelection.ForRead(type, request.Properties)
            : PropertySelection.Defaults(type);
        var visibleBefore = state.Database.Now - state.Options.SearchIndexingDelay;
        var cacheKey = document.RootElement.GetRawText();
        var body = state.Database.Read(() =>
        {
            var version = state.Database.Version;
            if (state.SearchResults.Find(type.TypeId, cacheKey, version, visibleBefore) is { } cached)
            {
                return cached;
            }

            var (total, page, next, hidden) = SearchEngine.Run(state.Database, type, request, visibleBefore);
            var response = JsonResponse.Build(writer =>
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
                    writer.WriteStartObject("paging");
                    writer.WriteStartObject("next");
                    writer.WriteString("after", WireFormat.Id(after));
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            });
            if (!hidden && version == readAtVersion)
            {
                state.SearchResults.Store(type.TypeId, cacheKey, version, visibleBefore, response);
            }

            return response;
        });
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, body, context.RequestAborted).ConfigureAwait(false);
    }
}
