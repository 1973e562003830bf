namespace Spoke.Agents.Tools.Schemas;

/// <summary>An action of a tool and the arguments it needs beyond those every call needs.</summary>
/// <param name="Action">The value of the tool's <c>action</c> argument.</param>
/// <param name="Required">
/// The arguments the action needs; <c>"id|ids"</c> names arguments of which one is needed, and stands alone in its action.
/// </param>
internal sealed record ActionArguments(string Action, params string[] Required)
{
    /// <summary>The arguments of which one is needed, for an argument written <c>"a|b"</c>; just the argument otherwise.</summary>
    public static string[] Alternatives(string argument) => argument.Split('|');
}
