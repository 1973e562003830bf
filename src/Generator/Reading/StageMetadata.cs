using System.Globalization;

namespace Spoke.Generator.Reading;

/// <summary>
/// The stage metadata keys HubSpot gives a meaning to, and how their text is read: <c>probability</c> (a deal stage's win
/// probability, <c>"0.2"</c>), <c>isClosed</c> (<c>"true"</c> on a deal's closed stages) and <c>ticketState</c>
/// (<c>OPEN</c> or <c>CLOSED</c> on a ticket stage).
/// </summary>
internal static class StageMetadata
{
    public const string Probability = "probability";
    public const string IsClosed = "isClosed";
    public const string TicketState = "ticketState";

    /// <summary>The probability as a C# decimal literal (<c>0.2m</c>), or <see langword="null"/> when it is not a number from 0 to 1.</summary>
    public static string? ProbabilityLiteral(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) || value < 0m || value > 1m)
        {
            return null;
        }

        return value.ToString(CultureInfo.InvariantCulture) + "m";
    }

    /// <summary>Whether the stage is closed, or <see langword="null"/> when the text is neither <c>true</c> nor <c>false</c>.</summary>
    public static bool? ParseIsClosed(string text) =>
        string.Equals(text, "true", System.StringComparison.OrdinalIgnoreCase) ? true
        : string.Equals(text, "false", System.StringComparison.OrdinalIgnoreCase) ? false
        : null;
}
