using System.Net;
using Spoke.Emulator.CommandLine;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public async Task Starts_on_a_free_loopback_port_and_serves_in_memory_from_the_same_state()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        var overSocket = new HubSpotHttp(hub);
        using var inMemory = hub.CreateClient();

        var id = await overSocket.CreateContactAsync(Unique.Email());
        var response = await inMemory.GetAsync($"crm/v3/objects/contacts/{id}");

        Assert.Equal("127.0.0.1", hub.BaseAddress.Host);
        Assert.NotEqual(0, hub.BaseAddress.Port);
        Assert.EndsWith("/", hub.BaseAddress.AbsoluteUri);
        Assert.Equal(HubSpotEmulatorOptions.DefaultAccessToken, hub.AccessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Seeding_12000_contacts_supports_search_paging_up_to_the_10000_cap()
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        options.Seed["contacts"] = 12_000;
        await using var hub = await HubSpotEmulator.StartAsync(options);
        var http = new HubSpotHttp(hub);

        var last = await http.PostAsync("/crm/v3/objects/contacts/search", """{"limit":200,"after":"9800","sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}]}""");
        var keyset = await http.PostAsync("/crm/v3/objects/contacts/search", $$$"""
            {"limit":200,"filterGroups":[{"filters":[{"propertyName":"hs_object_id","operator":"GT","value":"{{{last["results"][199].GetProperty("id").GetString()}}}"}]}]}
            """);

        Assert.Equal(12_000, last["total"].GetInt32());
        Assert.False(last.Body.TryGetProperty("paging", out _));
        Assert.Equal(2_000, keyset["total"].GetInt32());
    }

    [Fact]
    public async Task Seeded_data_is_the_same_for_the_same_seed()
    {
        static async Task<string> FirstContactsAsync(int seed)
        {
            var options = new HubSpotEmulatorOptions { DataSeed = seed };
            options.Seed["contacts"] = 5;
            await using var hub = await HubSpotEmulator.StartAsync(options);
            return (await new HubSpotHttp(hub).GetAsync("/crm/v3/objects/contacts?properties=email,firstname,lifecyclestage")).Text;
        }

        var first = await FirstContactsAsync(42);
        var second = await FirstContactsAsync(42);

        Assert.Equal(Strip(first), Strip(second));
        Assert.NotEqual(Strip(first), Strip(await FirstContactsAsync(43)));

        static string Strip(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\\d{4}-\\d{2}-\\d{2}T[^\"]+", "");
    }

    [Fact]
    public async Task Seeding_an_unknown_type_fails_with_a_clear_message()
    {
        var options = new HubSpotEmulatorOptions();
        options.Seed["widgets"] = 3;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => HubSpotEmulator.StartAsync(options));

        Assert.Contains("widgets", error.Message);
        Assert.Contains("contacts", error.Message);
    }

    [Fact]
    public void Command_line_arguments_become_options()
    {
        var arguments = new EmulatorArguments();
        var command = new System.CommandLine.Command("emulator");
        arguments.AddTo(command);
        var parsed = command.Parse(
            ["--port", "5080", "--token", "pat-local-dev", "--scopes", "crm.objects.contacts.read", "--tier", "starter",
             "--seed", "contacts=100,companies=5", "--no-rate-limits", "--search-delay", "250",
             "--fault", "kind=status,status=502,percent=10,path=/crm/v3/objects/*,method=POST", "--fault-seed", "9", "--data", "account.json"]);
        var options = arguments.Bind(parsed);

        Assert.Empty(parsed.Errors);
        Assert.Equal(5080, options.Port);
        Assert.Equal("127.0.0.1", options.ListenAddress);
        var token = Assert.Single(options.Tokens);
        Assert.Equal("pat-local-dev", token.Value);
        Assert.Equal(HubSpotTier.Starter, token.Tier);
        Assert.Equal(["crm.objects.contacts.read"], token.Scopes!);
        Assert.Equal(100, options.Seed["contacts"]);
        Assert.False(options.RateLimits.Enabled);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.SearchIndexingDelay);
        var fault = Assert.Single(options.Faults.Rules);
        Assert.Equal((FaultKind.Status, 502, 10d, "POST", "/crm/v3/objects/*"), (fault.Kind, fault.StatusCode, fault.Percentage, fault.Method, fault.PathPattern));
        Assert.Equal(9, options.Faults.Seed);
        Assert.Equal("account.json", options.DataFile);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--port", "http")]
    [InlineData("--seed", "contacts")]
    [InlineData("--tier", "platinum")]
    [InlineData("--fault", "kind=explode")]
    [InlineData("--port")]
    public async Task Bad_arguments_exit_with_2_and_say_what_is_wrong(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await EmulatorCommandLine.RunAsync(args, output, error);

        Assert.Equal(2, exitCode);
        Assert.NotEmpty(error.ToString().Trim());
    }

    [Fact]
    public async Task Help_prints_usage()
    {
        var output = new StringWriter();

        Assert.Equal(0, await EmulatorCommandLine.RunAsync(["--help"], output, new StringWriter()));
        Assert.Contains("--seed", output.ToString());
    }

    [Fact]
    public async Task The_command_line_prints_base_url_and_token_and_stops_when_cancelled()
    {
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();

        var run = EmulatorCommandLine.RunAsync(["--port", "0", "--token", "pat-cli"], output, new StringWriter(), stop.Token);
        while (!output.ToString().Contains("Ctrl+C", StringComparison.Ordinal) && !run.IsCompleted)
        {
            await Task.Delay(20);
        }

        stop.Cancel();

        Assert.Equal(0, await run);
        Assert.Matches(@"listening on http://127\.0\.0\.1:\d+/", output.ToString());
        Assert.Contains("Access token: pat-cli", output.ToString());
    }
}
