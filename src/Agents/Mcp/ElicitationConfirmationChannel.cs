using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Spoke.Agents.Confirmation;

namespace Spoke.Agents.Mcp;

/// <summary>
/// Asks the MCP client's user to confirm a write through an elicitation request (form mode, no fields: the message is
/// the question). A client that did not declare elicitation is never asked, so nothing is written behind its back.
/// </summary>
internal sealed class ElicitationConfirmationChannel : IConfirmationChannel
{
    private readonly McpServer _server;

    public ElicitationConfirmationChannel(McpServer server)
    {
        _server = server;
    }

    public async ValueTask<ConfirmationReply> AskAsync(WriteConfirmationRequest request, CancellationToken cancellationToken)
    {
        if (_server.ClientCapabilities?.Elicitation is null)
        {
            return new(ConfirmationAnswer.Unavailable, "this MCP client cannot ask the user (it did not declare the elicitation capability)");
        }

        ElicitResult result;
        try
        {
            result = await _server.ElicitAsync(
                new ElicitRequestParams { Message = request.Message, RequestedSchema = new ElicitRequestParams.RequestSchema() },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is McpException or InvalidOperationException or NotSupportedException)
        {
            return new(ConfirmationAnswer.Unavailable, $"asking the user through the MCP client failed ({exception.Message})");
        }

        return result.Action switch
        {
            "accept" => new(ConfirmationAnswer.Accepted),
            "decline" => new(ConfirmationAnswer.Declined),
            _ => new(ConfirmationAnswer.Cancelled),
        };
    }
}
