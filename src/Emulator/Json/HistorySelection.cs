using System.Globalization;
using Spoke.Emulator.Http;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.Json;

/// <summary>
/// The <c>propertiesWithHistory</c> a read asked for: the type, the property names, and the id of the app whose API writes
/// made the values (HubSpot's <c>sourceId</c> of an <c>INTEGRATION</c> version).
/// </summary>
internal sealed record HistorySelection(ObjectTypeDefinition Type, IReadOnlyList<string> Names, string IntegrationSourceId)
{
    /// <summary>
    /// The most records one read with history returns (a list page, the inputs of a batch read): HubSpot lowers its usual 100
    /// when <c>propertiesWithHistory</c> is used, to the 50 its integrators report.
    /// </summary>
    public const int MaxRecords = 50;

    /// <summary>The selection of a read, or <see langword="null"/> when it asked for no history.</summary>
    public static HistorySelection? For(EmulatorState state, ObjectTypeDefinition type, IReadOnlyList<string>? names) =>
        names is { Count: > 0 } ? new(type, names, state.Options.Webhooks.AppId.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>Refuses a read of more records than <see cref="MaxRecords"/> with history.</summary>
    public static void RequireAtMostMax(int count, string what)
    {
        if (count > MaxRecords)
        {
            throw ApiProblem.Validation(
                $"A read with propertiesWithHistory returns at most {MaxRecords} records, but {what} is {count}. Ask for {MaxRecords} or fewer, or read the history in several requests.");
        }
    }
}
