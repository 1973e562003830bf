using System.Globalization;
using Spoke.Emulator.Schema;
using Spoke.Emulator.Text;

namespace Spoke.Emulator.Seeding;

/// <summary>
/// Makes a plausible value for a property from its name, type and options: names, emails and cities where the name
/// says so, a random option for enumerations, numbers, booleans, dates and datetimes otherwise.
/// </summary>
internal sealed class FakeValueFactory(FakeValuePools pools, Random random, IReadOnlyList<string> ownerIds, DateTimeOffset now)
{
    private readonly Dictionary<string, string[]> optionArrays = new(StringComparer.Ordinal);

    /// <summary>A value for the <paramref name="index"/>-th seeded record, or null when the property gets none.</summary>
    public string? For(PropertyDefinition property, long index)
    {
        if (property.Name == "hubspot_owner_id")
        {
            return ownerIds.Count == 0 ? null : ownerIds[random.Next(ownerIds.Count)];
        }

        return property.Type switch
        {
            PropertyType.Enumeration => Option(property),
            PropertyType.Number => Number(property.Name),
            PropertyType.Bool => random.Next(2) == 0 ? "true" : "false",
            PropertyType.Date => WireFormat.Date(DateOnly.FromDateTime(now.UtcDateTime).AddDays(random.Next(-365, 180))),
            PropertyType.DateTime => WireFormat.Timestamp(now.AddMinutes(-random.Next(0, 525_600))),
            PropertyType.PhoneNumber => Pick(pools.Phones),
            PropertyType.String => Text(property.Name, index),
            _ => null,
        };
    }

    public string Pick(string[] pool) => pool[random.Next(pool.Length)];

    private string? Option(PropertyDefinition property)
    {
        if (property.Options.Count == 0)
        {
            return null;
        }

        if (!optionArrays.TryGetValue(property.Name, out var options))
        {
            optionArrays[property.Name] = options = property.Options.Order(StringComparer.Ordinal).ToArray();
        }

        var first = options[random.Next(options.Length)];
        if (!property.IsMultiSelect || random.Next(3) != 0)
        {
            return first;
        }

        var second = options[random.Next(options.Length)];
        return second == first ? first : first + ";" + second;
    }

    private string Number(string name)
    {
        if (name.Contains("amount", StringComparison.Ordinal) || name.Contains("price", StringComparison.Ordinal)
            || name.Contains("revenue", StringComparison.Ordinal))
        {
            return (random.Next(100, 500_000) / 100.0).ToString("0.##", CultureInfo.InvariantCulture);
        }

        return random.Next(0, name.Contains("employees", StringComparison.Ordinal) ? 5_000 : 100).ToString(CultureInfo.InvariantCulture);
    }

    private string Text(string name, long index) => name switch
    {
        _ when name.Contains("email", StringComparison.Ordinal) =>
            $"{Pick(pools.FirstNames)}.{Pick(pools.LastNames)}{index}@{Pick(pools.DomainWords)}.com".ToLowerInvariant(),
        _ when name.Contains("phone", StringComparison.Ordinal) || name.Contains("fax", StringComparison.Ordinal) => Pick(pools.Phones),
        _ when name.Contains("firstname", StringComparison.Ordinal) => Pick(pools.FirstNames),
        _ when name.Contains("lastname", StringComparison.Ordinal) => Pick(pools.LastNames),
        _ when name.Contains("city", StringComparison.Ordinal) => Pick(pools.Cities),
        _ when name.Contains("country", StringComparison.Ordinal) => Pick(pools.Countries),
        _ when name.Contains("state", StringComparison.Ordinal) => Pick(pools.States),
        _ when name.Contains("zip", StringComparison.Ordinal) || name.Contains("postal", StringComparison.Ordinal) => Pick(pools.ZipCodes),
        _ when name.Contains("address", StringComparison.Ordinal) => Pick(pools.Streets),
        _ when name.Contains("domain", StringComparison.Ordinal) => $"{Pick(pools.DomainWords)}{index}.com",
        _ when name.Contains("website", StringComparison.Ordinal) || name.Contains("url", StringComparison.Ordinal) => $"https://www.{Pick(pools.DomainWords)}.com",
        _ when name.Contains("title", StringComparison.Ordinal) => Pick(pools.JobTitles),
        _ when name.Contains("company", StringComparison.Ordinal) || name == "name" => Pick(pools.Companies),
        _ when name.Contains("description", StringComparison.Ordinal) || name.Contains("content", StringComparison.Ordinal) => Pick(pools.Sentences),
        _ when name.Contains("name", StringComparison.Ordinal) || name.Contains("subject", StringComparison.Ordinal) => Pick(pools.CatchPhrases),
        _ => Pick(pools.Words),
    };
}
