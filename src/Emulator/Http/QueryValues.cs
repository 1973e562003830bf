using System.Globalization;

namespace Spoke.Emulator.Http;

/// <summary>Reads HubSpot's query parameters: lists both repeated and comma separated, integers with clear errors.</summary>
internal static class QueryValues
{
    public static IReadOnlyList<string>? List(HttpRequest request, string name)
    {
        if (!request.Query.TryGetValue(name, out var values))
        {
            return null;
        }

        return values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public static bool Flag(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) && bool.TryParse(value.ToString(), out var flag) && flag;

    public static string? Text(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;

    public static int Integer(HttpRequest request, string name, int defaultValue, int max)
    {
        var text = Text(request, name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            throw ApiProblem.Validation($"Query parameter \"{name}\" must be a positive integer, but was \"{text}\".");
        }

        return value <= max
            ? value
            : throw ApiProblem.Validation($"Query parameter \"{name}\" must be at most {max}, but was {value}.");
    }
}
