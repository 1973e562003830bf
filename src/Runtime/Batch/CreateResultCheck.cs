using System.Globalization;

namespace Spoke.Batch;

/// <summary>
/// Checks that a create result paired with an input by position does not contradict it: every text value the input set
/// that the result also carries must match, ignoring case and surrounding space (HubSpot lowercases emails and trims).
/// Numbers, dates, booleans and multi-select values are not compared, because HubSpot rewrites their format.
/// </summary>
internal static class CreateResultCheck
{
    /// <summary>Whether <paramref name="record"/> can be the record HubSpot created for <paramref name="input"/>.</summary>
    public static bool Agrees(ICrmInput input, CrmRecord record)
    {
        foreach (var (name, sent) in input.Changes)
        {
            if (!IsComparableText(sent) || record.WireValueOf(name) is not { Length: > 0 } returned)
            {
                continue;
            }

            if (!string.Equals(sent.Trim(), returned.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsComparableText(string value) =>
        value.Any(char.IsLetter)
        && !value.Contains(';', StringComparison.Ordinal)
        && !bool.TryParse(value, out _)
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        && !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
