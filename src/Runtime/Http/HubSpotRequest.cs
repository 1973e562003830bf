using System.Buffers;
using System.Text.Json;

namespace Spoke;

/// <summary>
/// One logical call to the HubSpot API, described so that it can be sent again on retry: the body is kept as bytes,
/// never as a stream.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path relative to the base address, already escaped (for example <c>crm/v3/objects/contacts/512</c>).</param>
/// <param name="Kind">What the request does, which drives limiter choice and retry safety.</param>
internal sealed record HubSpotRequest(HttpMethod Method, string Path, RequestKind Kind)
{
    /// <summary>Query parameters, unescaped; the transport escapes names and values.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    /// <summary>The UTF-8 JSON body, or <see langword="null"/> when the request has none.</summary>
    public ReadOnlyMemory<byte>? Body { get; init; }

    /// <summary>Creates a request whose JSON body is written once by <paramref name="writeBody"/> and replayed on every attempt.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The escaped relative path.</param>
    /// <param name="kind">What the request does.</param>
    /// <param name="writeBody">Writes the whole JSON body.</param>
    /// <returns>The request.</returns>
    public static HubSpotRequest WithJson(HttpMethod method, string path, RequestKind kind, Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writeBody(writer);
        }

        return new HubSpotRequest(method, path, kind) { Body = buffer.WrittenMemory };
    }
}
