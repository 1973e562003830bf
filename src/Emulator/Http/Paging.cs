using System.Globalization;
using System.Text.Json;

namespace Spoke.Emulator.Http;

/// <summary>HubSpot's forward paging: the numeric <c>after</c> cursor of a request and the <c>paging.next</c> of its response.</summary>
internal static class Paging
{
    /// <summary>The request's <c>after</c> query value as a number, or 0 when it has none.</summary>
    public static long After(HttpRequest request)
    {
        var after = QueryValues.Text(request, "after");
        if (after is null)
        {
            return 0;
        }

        return long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? start
            : throw ApiProblem.Validation($"\"after\" must be the cursor from paging.next.after, but was \"{after}\".");
    }

    /// <summary>
    /// Writes <c>"paging":{"next":{"after","link"}}</c>; the link repeats the request's path with <c>limit</c> and the
    /// cursor. Search answers have no link (<paramref name="request"/> null).
    /// </summary>
    public static void WriteNext(Utf8JsonWriter writer, string after, HttpRequest? request = null, int limit = 0)
    {
        writer.WriteStartObject("paging");
        writer.WriteStartObject("next");
        writer.WriteString("after", after);
        if (request is not null)
        {
            writer.WriteString("link", $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?limit={limit}&after={after}");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
