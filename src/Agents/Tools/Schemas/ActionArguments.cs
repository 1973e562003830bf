namespace Spoke.Agents.Tools.Schemas;

/// <summary>An action of a tool and the arguments it needs beyond those every call needs.</summary>
/// <param name="Action">The value of the tool's <c>action</c> argument.</param>
/// <param name="Required">The arguments the action needs.</param>
internal sealed record ActionArguments(string Action, params string[] Required);
