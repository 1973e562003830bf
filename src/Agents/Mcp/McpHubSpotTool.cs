using System.Buffers;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Spoke.Agents.Text;
using Spoke.Agents.Tools;

namespace Spoke.Agents.Mcp;

/// <summary>
/// Serves one HubSpot tool over MCP: its input and output schemas, and its result as one text block and, when the result
/// is a JSON object, as <c>structuredContent</c> too (clients that ignore structured content read the same JSON as text).
/// </summary>
internal sealed class McpHubSpotTool : McpServerTool
{
    private readonly HubSpotTool _tool;
    private readonly HubSpotToolSet _toolSet;
    private readonly Func<MessageContext, string> _agentOf;

    public McpHubSpotTool(HubSpotTool tool, HubSpotToolSet toolSet, Func<MessageContext, string> agentOf)
    {
        _tool = tool;
        _toolSet = toolSet;
        _agentOf = agentOf;
        ProtocolTool = new Tool
        {
            Name = tool.Name,
            Title = tool.Title,
            Description = tool.Description,
            InputSchema = tool.InputSchema,
            OutputSchema = tool.OutputSchema,
            Annotations = new ToolAnnotations
            {
                Title = tool.Title,
                ReadOnlyHint = tool.IsReadOnly,
                DestructiveHint = tool.IsDestructive,
                IdempotentHint = tool.IsReadOnly,
                OpenWorldHint = true,
            },
        };
    }

    public override Tool ProtocolTool { get; }

    public override IReadOnlyList<object> Metadata => [];

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        request.Items[RejectedRequestFilter.ToolRanKey] = true;
        var confirmations = new ElicitationConfirmationChannel(request.Server);
        var result = await _toolSet.RunAsync(_tool, _agentOf(request), () => ToElement(request.Params?.Arguments), confirmations, cancellationToken).ConfigureAwait(false);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = result.Text }],
            StructuredContent = StructuredContent(result.Text),
            IsError = result.IsError,
        };
    }

    // Results are compact JSON objects; error messages are plain text and have no structured form.
    private static JsonElement? StructuredContent(string text)
    {
        if (!text.StartsWith('{'))
        {
            return null;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    // Each value is copied as the agent wrote it: re-encoding would throw on text that is not valid Unicode, which the
    // tool run must see so that it refuses and audits the call.
    private static JsonElement ToElement(IDictionary<string, JsonElement>? arguments)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in arguments ?? new Dictionary<string, JsonElement>())
            {
                writer.WritePropertyName(UntrustedText.WellFormed(name));
                writer.WriteRawValue(value.GetRawText(), skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
