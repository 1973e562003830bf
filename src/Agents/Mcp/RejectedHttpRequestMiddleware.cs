using System.Buffers;
using Microsoft.AspNetCore.Http;
using Spoke.Agents.Mcp.Authorization;

namespace Spoke.Agents.Mcp;

/// <summary>
/// Over HTTP, audits every POST answered with an error status (the MCP transport refused it before reading a JSON-RPC
/// message: a body that is not one, a wrong header) and every request without a valid bearer key or token (401) or
/// whose token names no agent of the policy (403). A POST the transport
/// accepts is answered 200 with any JSON-RPC error inside, and audited by the message filter or the tool; the GET and
/// DELETE a client sends to manage streams carry no request and are not audited. The line is written before the answer
/// starts, so it exists by the time the client sees the status.
/// </summary>
internal sealed class RejectedHttpRequestMiddleware
{
    /// <summary>How much of a refused body is read to name its method and tool.</summary>
    private const int MaxInspectedBytes = 64 * 1024;

    private readonly RequestDelegate _next;
    private readonly RejectedRequestAudit _audit;

    public RejectedHttpRequestMiddleware(RequestDelegate next, RejectedRequestAudit audit)
    {
        _next = next;
        _audit = audit;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        context.Response.OnStarting(() => IsRejectedRequest(context) ? AuditAsync(context) : Task.CompletedTask);
        return _next(context);
    }

    private static bool IsRejectedRequest(HttpContext context) =>
        context.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
        || (context.Response.StatusCode >= StatusCodes.Status400BadRequest && HttpMethods.IsPost(context.Request.Method));

    private async Task AuditAsync(HttpContext context)
    {
        var (body, complete) = await ReadBodyAsync(context.Request).ConfigureAwait(false);
        var frame = new ReadOnlySequence<byte>(body);
        var (method, tool) = JsonRpcFrame.Describe(frame);
        var status = context.Response.StatusCode;
        var reason = context.Items[TokenAgentAuthenticator.RejectionReasonKey] as string ?? (status == StatusCodes.Status401Unauthorized
            ? "HTTP 401: no valid bearer key, so no agent; the request was not read."
            : $"HTTP {status}: " + ((complete ? JsonRpcFrame.Problem(frame) : null) ?? "the MCP transport refused the request."));
        await _audit.WriteAsync(
            context.User.Identity?.Name ?? string.Empty,
            method.Length > 0 ? method : $"{context.Request.Method} {context.Request.Path}",
            tool,
            reason).ConfigureAwait(false);
    }

    private static async Task<(byte[] Body, bool Complete)> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            request.Body.Position = 0;
            var buffer = new byte[MaxInspectedBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            return (buffer[..Math.Min(length, MaxInspectedBytes)], length <= MaxInspectedBytes);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or BadHttpRequestException or InvalidOperationException)
        {
            return ([], false);
        }
    }
}
