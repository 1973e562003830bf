using System.Text.Json;

namespace Spoke.Emulator.Http;

/// <summary>Writes JSON responses: the body is built first (often under the database lock), then sent.</summary>
internal static class JsonResponse
{
    public const string ContentType = "application/json;charset=utf-8";

    /// <summary>Escapes only what JSON requires, so messages read like HubSpot's (<c>\"</c>, not <c>\u0022</c>).</summary>
    public static readonly System.Text.Encodings.Web.JavaScriptEncoder RelaxedEncoder =
        System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Builds a JSON body synchronously into a buffer.</summary>
    public static PooledBody Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new PooledBody();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = RelaxedEncoder }))
        {
            write(writer);
        }

        return buffer;
    }

    /// <summary>Sends a built body and returns its buffer to the pool.</summary>
    public static async Task SendAsync(HttpContext context, int status, PooledBody body, CancellationToken cancellationToken = default)
    {
        using (body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = ContentType;
            context.Response.ContentLength = body.WrittenCount;
            await context.Response.Body.WriteAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    public static Task SendAsync(HttpContext context, int status, Action<Utf8JsonWriter> write, CancellationToken cancellationToken = default) =>
        SendAsync(context, status, Build(write), cancellationToken);

    public static Task SendAsync(HttpContext context, int status, byte[] body, CancellationToken cancellationToken = default)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, cancellationToken).AsTask();
    }

    public static void NoContent(HttpContext context) => context.Response.StatusCode = StatusCodes.Status204NoContent;
}
