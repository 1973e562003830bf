using Bogus;

namespace Spoke.Emulator.Seeding;

/// <summary>
/// Realistic values drawn once from Bogus with a fixed seed, then picked by index: seeding 100,000 records costs a few
/// array reads per value instead of a Bogus call.
/// </summary>
internal sealed class FakeValuePools
{
    private const int PoolSize = 512;

    public FakeValuePools(int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        FirstNames = Draw(() => faker.Name.FirstName());
        LastNames = Draw(() => faker.Name.LastName());
        Companies = Draw(() => faker.Company.CompanyName());
        DomainWords = Draw(() => faker.Internet.DomainWord());
        Cities = Draw(() => faker.Address.City());
        States = Draw(() => faker.Address.State());
        Countries = Draw(() => faker.Address.Country());
        Streets = Draw(() => faker.Address.StreetAddress());
        ZipCodes = Draw(() => faker.Address.ZipCode());
        Phones = Draw(() => faker.Phone.PhoneNumber("+1 ###-###-####"));
        JobTitles = Draw(() => faker.Name.JobTitle());
        Words = Draw(() => faker.Lorem.Word());
        Sentences = Draw(() => faker.Lorem.Sentence());
        CatchPhrases = Draw(() => faker.Company.CatchPhrase());
    }

    public string[] FirstNames { get; }

    public string[] LastNames { get; }

    public string[] Companies { get; }

    public string[] DomainWords { get; }

    public string[] Cities { get; }

    public string[] States { get; }

    public string[] Countries { get; }

    public string[] Streets { get; }

    public string[] ZipCodes { get; }

    public string[] Phones { get; }

    public string[] JobTitles { get; }

    public string[] Words { get; }

    public string[] Sentences { get; }

    public string[] CatchPhrases { get; }

    private static string[] Draw(Func<string> next)
    {
        var values = new string[PoolSize];
        for (var index = 0; index < PoolSize; index++)
        {
            values[index] = next();
        }

        return values;
    }
}
