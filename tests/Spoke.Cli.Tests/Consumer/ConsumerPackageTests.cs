using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Consumer;

/// <summary>
/// The Spoke package works outside this repository: a brand-new project references the packed package, gets its snapshot
/// through the package's own refresh target, compiles a typed query and runs it against the emulator. Consumer builds are
/// slow, so there are exactly four (this one, <see cref="BrokenSnapshotConsumerTests"/>,
/// <see cref="ModelLibraryConsumerTests"/> and <see cref="WebhookPackageConsumerTests"/>), sharing one pack.
/// </summary>
public sealed class ConsumerPackageTests
{
    private const string QueryProgram = """
        using System.Net.Http.Headers;
        using System.Text;
        using System.Text.Json;
        using Spoke;
        using Consumer.HubSpot;

        var query = Contact
            .Where(c => c.Email.HasProperty())
            .OrderByDescending(c => c.CreateDate)
            .Select(c => [c.Email, c.FirstName, c.LifecycleStage]);

        using var http = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("SPOKE_BASE_URL")!) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("HUBSPOT_TOKEN"));
        using var response = await http.PostAsync(
            $"crm/v3/objects/{Contact.ObjectType.Name}/search",
            new StringContent(query.Request.ToJson(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            Console.WriteLine($"search failed: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
            return 1;
        }

        var contacts = ReadResults(body);
        Console.WriteLine($"contacts: {contacts.Count}");
        Console.WriteLine($"all have email: {contacts.TrueForAll(c => !string.IsNullOrEmpty(c.Email))}");
        return 0;

        static List<Contact> ReadResults(byte[] body)
        {
            var reader = new Utf8JsonReader(body);
            var contacts = new List<Contact>();
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("results"))
                {
                    reader.Read();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        contacts.Add(Contact.ReadFrom(ref reader));
                    }
                }
            }

            return contacts;
        }
        """;

    [Fact]
    public async Task Fresh_project_refreshes_its_snapshot_compiles_a_typed_query_and_runs_it_against_the_emulator()
    {
        await using var emulator = await EmulatorFixture.StartAsync(options => options.Seed["contacts"] = 25);
        var consumer = new ConsumerProject(await PackedSpoke.GetAsync(), "Consumer", QueryProgram);

        var build = await consumer.BuildAsync(
            new Dictionary<string, string?>(),
            "SpokeRefreshSchema=true",
            "SpokeRefreshObjects=contacts",
            $"SpokeHubSpotBaseUrl={emulator.BaseUrl}",
            $"SpokeTokenFile={emulator.TokenFile}",
            $"SpokeCliCommand=dotnet \"{RepositoryPaths.CliAssembly}\"");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(consumer.SnapshotDirectory, "contacts.json")), build.Output);

        var run = await consumer.RunAsync(new Dictionary<string, string?>
        {
            ["SPOKE_BASE_URL"] = emulator.BaseUrl,
            ["HUBSPOT_TOKEN"] = emulator.Hub.AccessToken,
        });

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Matches(@"contacts: [1-9]\d*", run.Output);
        Assert.Contains("all have email: True", run.Output);
    }
}
