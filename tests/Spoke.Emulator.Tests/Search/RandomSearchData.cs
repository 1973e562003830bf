using System.Globalization;
using System.Text.Json;

namespace Spoke.Emulator.Tests.Search;

/// <summary>
/// Values and search bodies drawn at random from small pools, so equal values, mixed case, unset values, multi-select
/// options, number spellings and token patterns all occur often. One property per type rule of HubSpot's search.
/// </summary>
internal sealed class RandomSearchData(Random random)
{
    private static readonly string[] FirstNames = ["Ann", "ann", "ANN", "Anna", "Bob", "bob", "Bo", "Émile", "Zoë", "O'Neil"];
    private static readonly string[] Domains = ["acme.com", "Example.org", "mail.acme.com", "b-2.net"];

    private static readonly Dictionary<string, string[]> Pools = new(StringComparer.Ordinal)
    {
        ["firstname"] = FirstNames,
        ["city"] = ["Paris", "paris", "New York", "new-york", "Berlin", "São Paulo", "St. Louis"],
        ["hs_searchable_calculated_phone_number"] = ["+1 555 0100", "+1-555-0101", "555 0102", "(555) 0103"],
        ["followercount"] = ["0", "1", "1.0", "1.5", "-2", "10", "100", "2e1", "0.001", "-0.5", "7"],
        ["hs_job_change_detected_date"] = ["2023-07-04", "2024-01-01", "2024-02-29", "2024-12-31", "2025-06-15"],
        ["closedate"] = ["2023-11-11T11:11:11.111Z", "2024-01-01T00:00:00.000Z", "2024-01-01T12:30:00.000Z", "2024-06-01T08:00:00.500Z", "2025-03-03T23:59:59.999Z"],
        ["lifecyclestage"] = ["lead", "customer", "subscriber", "opportunity", "other"],
        ["hs_buying_role"] = ["BLOCKER", "CHAMPION", "END_USER", "BLOCKER;CHAMPION", "CHAMPION;END_USER;OTHER", "OTHER"],
        ["hs_bing_ad_clicked"] = ["true", "false"],
    };

    private static readonly string[] Operators =
        ["EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN"];

    /// <summary>The properties the data sets, one or more of each property type the search treats differently.</summary>
    public static IReadOnlyList<string> Properties { get; } = [.. Pools.Keys, "email"];

    /// <summary>A contact's values; each property is set three times in four.</summary>
    public Dictionary<string, string> Record(long serial)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Properties)
        {
            if (random.Next(4) > 0)
            {
                values[name] = Value(name, serial);
            }
        }

        return values;
    }

    /// <summary>A new value for a property, or null (clear) one time in five.</summary>
    public string? Change(string name, long serial) => random.Next(5) == 0 ? null : Value(name, serial);

    /// <summary>A search body: up to 3 groups of up to 3 filters, maybe a sort, a small limit and offset.</summary>
    public JsonElement SearchBody()
    {
        var groups = Enumerable.Range(0, random.Next(4))
            .Select(_ => new Dictionary<string, object> { ["filters"] = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Filter()).ToList() })
            .ToList();
        var body = new Dictionary<string, object>
        {
            ["filterGroups"] = groups,
            ["limit"] = random.Next(4) == 0 ? 0 : 1 + random.Next(40),
            ["after"] = random.Next(3) == 0 ? random.Next(60).ToString(CultureInfo.InvariantCulture) : "0",
        };
        if (random.Next(3) > 0)
        {
            body["sorts"] = new[] { new { propertyName = Pick(Properties), direction = random.Next(2) == 0 ? "ASCENDING" : "DESCENDING" } };
        }

        return JsonSerializer.SerializeToElement(body);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private Dictionary<string, object> Filter()
    {
        var name = Pick(Properties);
        var op = Pick(Operators);
        var filter = new Dictionary<string, object> { ["propertyName"] = name, ["operator"] = op };
        switch (op)
        {
            case "HAS_PROPERTY" or "NOT_HAS_PROPERTY":
                break;
            case "IN" or "NOT_IN":
                filter["values"] = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => FilterValue(name)).ToList();
                break;
            case "BETWEEN":
                filter["value"] = FilterValue(name);
                filter["highValue"] = FilterValue(name);
                break;
            case "CONTAINS_TOKEN" or "NOT_CONTAINS_TOKEN":
                filter["value"] = Token(name);
                break;
            default:
                filter["value"] = FilterValue(name);
                break;
        }

        return filter;
    }

    /// <summary>A pool value, in another spelling now and then (case for text, a different form for numbers and dates).</summary>
    private string FilterValue(string name)
    {
        var value = Value(name, random.Next(1, 50));
        return (name, random.Next(3)) switch
        {
            ("followercount", 0) => (double.Parse(value, CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? 0 : 0.25)).ToString("0.00##", CultureInfo.InvariantCulture),
            ("hs_job_change_detected_date" or "closedate", 0) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ("firstname" or "city" or "email", 0) => value.ToUpperInvariant(),
            ("firstname" or "city" or "email", 1) => value.ToLowerInvariant(),
            _ => value,
        };
    }

    /// <summary>A token: a part of a pool value, or a wildcard pattern around one.</summary>
    private string Token(string name)
    {
        var value = Value(name, random.Next(1, 50));
        var parts = value.Split([' ', '@', '.', '-', ';', ':', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries);
        var part = parts.Length > 0 ? Pick(parts) : value;
        return random.Next(8) switch
        {
            6 => $"*@{Pick(Domains)}",
            7 => $"{value[..Math.Max(1, value.Length / 2)]}*{(random.Next(2) == 0 ? "" : value[^Math.Min(value.Length, 10)..])}",
            0 => $"*{part[(part.Length / 2)..]}",
            1 => $"{part[..Math.Max(1, part.Length / 2)]}*",
            2 => $"*{part[1..]}*",
            3 => $"*.{Pick(Domains).Split('.')[^1]}",
            4 => value,
            _ => random.Next(2) == 0 ? part.ToUpperInvariant() : part,
        };
    }

    private string Value(string name, long serial) => name == "email"
        ? $"{Pick(FirstNames).ToLowerInvariant()}.{serial % 7}@{Pick(Domains)}"
        : Pick(Pools[name]);
}
