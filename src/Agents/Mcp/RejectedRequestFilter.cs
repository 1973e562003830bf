using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Spoke.Agents.Mcp;

/// <summary>
/// An incoming message filter that audits every request the server turns away before a tool runs (a malformed
/// <c>tools/call</c>, an unknown method, a request sent without an id), over any transport. A <c>tools/call</c> that
/// reaches a tool is audited by the tool run itself, which marks the request with <see cref="ToolRanKey"/>.
/// </summary>
internal sealed class RejectedRequestFilter
{
    /// <summary>The <see cref="MessageContext.Items"/> key a tool sets once it runs, and so audits the call itself.</summary>
    public const string ToolRanKey = "spoke.toolRan";

    private const string NotificationPrefix = "notifications/";

    private readonly RejectedRequestAudit _audit;
    private readonly IReadOnlyCollection<string> _tools;
    private readonly Func<MessageContext, string> _agentOf;

    public RejectedRequestFilter(RejectedRequestAudit audit, IReadOnlyCollection<string> tools, Func<MessageContext, string> agentOf)
    {
        _audit = audit;
        _tools = tools;
        _agentOf = agentOf;
    }

    public McpMessageHandler Filter(McpMessageHandler next) => (context, cancellationToken) => context.JsonRpcMessage switch
    {
        JsonRpcRequest request => HandleRequestAsync(next, context, request, cancellationToken),
        JsonRpcNotification notification when !notification.Method.StartsWith(NotificationPrefix, StringComparison.Ordinal) =>
            HandleStrayNotificationAsync(next, context, notification, cancellationToken),
        _ => next(context, cancellationToken),
    };

    private async Task HandleRequestAsync(McpMessageHandler next, MessageContext context, JsonRpcRequest request, CancellationToken cancellationToken)
    {
        var tool = string.Empty;
        if (request.Method == RequestMethods.ToolsCall && CheckToolCall(request.Params, out tool) is { } problem)
        {
            await _audit.WriteAsync(_agentOf(context), request.Method, tool, problem).ConfigureAwait(false);
            throw new McpProtocolException(problem, McpErrorCode.InvalidParams);
        }

        try
        {
            await next(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !context.Items.ContainsKey(ToolRanKey))
        {
            await _audit.WriteAsync(_agentOf(context), request.Method, tool, Reason(exception)).ConfigureAwait(false);
            throw;
        }
    }

    private async Task HandleStrayNotificationAsync(McpMessageHandler next, MessageContext context, JsonRpcNotification notification, CancellationToken cancellationToken)
    {
        CheckToolCall(notification.Params, out var tool);
        await _audit.WriteAsync(
            _agentOf(context),
            notification.Method,
            notification.Method == RequestMethods.ToolsCall ? tool : string.Empty,
            $"'{notification.Method}' was sent as a notification (no id), which gets no answer and runs nothing. Send it as a request with an id.").ConfigureAwait(false);
        await next(context, cancellationToken).ConfigureAwait(false);
    }

    // Params are the agent's raw JSON: whatever they hold, the request is refused with a reason instead of failing here.
    private string? CheckToolCall(JsonNode? parameters, out string tool)
    {
        tool = string.Empty;
        try
        {
            return ToolCallParams.Problem(parameters, _tools, out tool);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or JsonException)
        {
            return $"tools/call params could not be read: {exception.Message}";
        }
    }

    private static string Reason(Exception exception) => exception switch
    {
        McpException => exception.Message,
        _ => $"The server could not handle the request ({exception.GetType().Name}): {exception.Message}",
    };
}
