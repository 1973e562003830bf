using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Spoke.Emulator.Tests.Infrastructure;

/// <summary>A response read in full: status, headers and the JSON body (default when empty).</summary>
internal sealed record ApiResponse(HttpStatusCode Status, HttpResponseHeaders Headers, string ContentType, JsonElement Body, string Text)
{
    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public JsonElement this[string name] => Body.GetProperty(name);

    /// <summary>The <c>properties</c> of a record response.</summary>
    public string? Property(string name) =>
        Body.GetProperty("properties").TryGetProperty(name, out var value) ? value.GetString() : null;
}
