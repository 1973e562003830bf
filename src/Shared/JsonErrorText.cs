using System.Text.Json;
using System.Text.RegularExpressions;

namespace Spoke.Text;

/// <summary>
/// Rewrites a <see cref="JsonException"/> as one line a person can act on: <c>line 3, position 12: ',' is an invalid start of a
/// property name.</c> System.Text.Json's own message ends in zero-based <c>LineNumber: 2 | BytePositionInLine: 11</c>, which
/// contradicts any one-based line beside it. Compiled into the CLI and the agents package, which share no assembly for it.
/// </summary>
internal static partial class JsonErrorText
{
    /// <summary>Where the JSON broke (one-based line and position) and why, without System.Text.Json's position suffix.</summary>
    public static string Describe(JsonException exception)
    {
        var reason = PositionSuffix().Replace(exception.Message, string.Empty).Trim();
        return exception.LineNumber is { } line
            ? $"line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1}: {reason}"
            : reason;
    }

    [GeneratedRegex(@"\s*(?:Path: \S* \| )?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex PositionSuffix();
}
