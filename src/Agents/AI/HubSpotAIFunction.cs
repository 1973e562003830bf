using System.Collections;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Spoke.Agents.Confirmation;
using Spoke.Agents.Text;
using Spoke.Agents.Tools;
using Spoke.Agents.Tools.Arguments;

namespace Spoke.Agents.AI;

/// <summary>One HubSpot tool as a Microsoft.Extensions.AI function, sharing the policy and audit log of the MCP server.</summary>
internal sealed class HubSpotAIFunction : AIFunction
{
    private const int MaxDepth = 64;

    private readonly HubSpotTool _tool;
    private readonly HubSpotToolSet _toolSet;
    private readonly string _agent;
    private readonly IConfirmationChannel _confirmations;

    public HubSpotAIFunction(HubSpotTool tool, HubSpotToolSet toolSet, string agent, IConfirmationChannel confirmations)
    {
        _tool = tool;
        _toolSet = toolSet;
        _agent = agent;
        _confirmations = confirmations;
    }

    public override string Name => _tool.Name;

    public override string Description => _tool.Description;

    public override JsonElement JsonSchema => _tool.InputSchema;

    /// <summary>Returns the compact JSON result, or the error text prefixed with "Error: " so the model sees what to do next.</summary>
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var result = await _toolSet.RunAsync(_tool, _agent, () => ToElement(arguments), _confirmations, cancellationToken).ConfigureAwait(false);
        return result.IsError ? "Error: " + result.Text : result.Text;
    }

    // The serializer would write an unpaired surrogate in a string as U+FFFD, silently changing what the model sent.
    private static JsonElement ToElement(AIFunctionArguments arguments)
    {
        foreach (var (name, value) in arguments)
        {
            RequireWellFormedText(value, $"arguments.{UntrustedText.Quote(name)}", depth: 0);
        }

        return JsonSerializer.SerializeToElement<IDictionary<string, object?>>(arguments, AIJsonUtilities.DefaultOptions);
    }

    private static void RequireWellFormedText(object? value, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw ToolCallException.Invalid($"'{path}' is nested more than {MaxDepth} levels deep.");
        }

        switch (value)
        {
            case string text:
                if (!UntrustedText.IsWellFormed(text))
                {
                    throw ToolArguments.NotUnicode(path);
                }

                break;
            case JsonElement element:
                ToolArguments.EnsureReadable(element);
                break;
            case IDictionary members:
                foreach (DictionaryEntry member in members)
                {
                    var name = member.Key.ToString() ?? string.Empty;
                    RequireWellFormedText(name, path + ".<a name>", depth + 1);
                    RequireWellFormedText(member.Value, $"{path}.{UntrustedText.Quote(name)}", depth + 1);
                }

                break;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    RequireWellFormedText(item, $"{path}[{index++}]", depth + 1);
                }

                break;
        }
    }
}
