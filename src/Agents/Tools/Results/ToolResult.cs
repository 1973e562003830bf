namespace Spoke.Agents.Tools.Results;

/// <summary>What a tool call returns to the model: compact JSON on success, an actionable message on error.</summary>
/// <param name="Text">The JSON result or the error message.</param>
/// <param name="IsError">Whether the call failed.</param>
internal sealed record ToolResult(string Text, bool IsError);
