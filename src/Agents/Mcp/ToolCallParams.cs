using System.Text.Json;
using System.Text.Json.Nodes;

namespace Spoke.Agents.Mcp;

/// <summary>
/// Checks a <c>tools/call</c> request's raw params before the SDK reads them, so a malformed call gets a clear error
/// that names what was wrong, and its audit line names the tool as the agent wrote it.
/// </summary>
internal static class ToolCallParams
{
    /// <summary>Why the call cannot run, or <see langword="null"/> when it can.</summary>
    /// <param name="parameters">The request's <c>params</c>.</param>
    /// <param name="tools">The tools the server offers.</param>
    /// <param name="tool">The tool name as given: the string, the JSON of a name that is not one, or empty.</param>
    public static string? Problem(JsonNode? parameters, IReadOnlyCollection<string> tools, out string tool)
    {
        tool = string.Empty;
        var toolList = string.Join(", ", tools.Order(StringComparer.Ordinal));
        if (parameters is not JsonObject call)
        {
            return $"tools/call needs params {{\"name\": \"<tool>\", \"arguments\": {{...}}}}, not {Describe(parameters)}. Tools: {toolList}.";
        }

        if (!call.TryGetPropertyValue("name", out var name) || name is null)
        {
            return $"tools/call params have no \"name\": name one of the tools: {toolList}.";
        }

        if (name.GetValueKind() != JsonValueKind.String)
        {
            tool = name.ToJsonString();
            return $"tools/call params \"name\" must be a tool name (a string), not {Describe(name)}. Tools: {toolList}.";
        }

        if (!TryGetString(name, out tool))
        {
            return $"tools/call params \"name\" is not valid Unicode text (it holds an unpaired surrogate). Tools: {toolList}.";
        }

        if (!tools.Contains(tool))
        {
            return $"There is no tool named {Text.UntrustedText.Quote(tool)}. Tools: {toolList}.";
        }

        if (!call.TryGetPropertyValue("arguments", out var arguments) || arguments is null)
        {
            return null;
        }

        return arguments.GetValueKind() != JsonValueKind.Object
            ? $"tools/call params \"arguments\" must be an object of {tool}'s arguments, not {Describe(arguments)}."
            : IsReadable(arguments) ? null
            : $"tools/call arguments of {tool} hold text that is not valid Unicode (an unpaired surrogate such as \\ud800), which the server cannot read. Send valid UTF-16 text.";
    }

    // Writing the arguments reads every name and string in them, as the server is about to.
    private static bool IsReadable(JsonNode arguments)
    {
        try
        {
            arguments.ToJsonString();
            return true;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    // A string escaping an unpaired surrogate cannot be read as a .NET string.
    private static bool TryGetString(JsonNode node, out string value)
    {
        try
        {
            value = node.GetValue<string>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }

    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };
}
