using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spoke.Emulator;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Configuration;

/// <summary>
/// <c>AddHubSpot</c> reads one setting from code, the <c>HubSpot</c> configuration section and the environment, in that order of
/// precedence; a bad value anywhere fails naming where it came from; a local address needs no token.
/// </summary>
public sealed class ConfigurationPrecedenceTests
{
    private const string ProxyAddress = "https://hubspot.proxy.test/";

    [Fact]
    public async Task Code_wins_over_the_configuration_section_which_wins_over_the_environment()
    {
        var (fromEnvironment, fromSection, fromCode) = (TestClients.NewToken(), TestClients.NewToken(), TestClients.NewToken());
        var environment = Environment(fromEnvironment, "http://environment.test/");
        var section = new Dictionary<string, string?> { ["HubSpot:AccessToken"] = fromSection, ["HubSpot:BaseAddress"] = ProxyAddress };

        var all = await SendOneAsync(environment, section, options => options.AccessToken = fromCode);
        var noCode = await SendOneAsync(environment, section);
        var environmentOnly = await SendOneAsync(environment, []);

        Assert.Equal(($"Bearer {fromCode}", ProxyAddress), all);
        Assert.Equal(($"Bearer {fromSection}", ProxyAddress), noCode);
        Assert.Equal(($"Bearer {fromEnvironment}", "http://environment.test/"), environmentOnly);
    }

    [Fact]
    public async Task A_Configure_call_made_before_AddHubSpot_still_wins_over_the_section_and_the_environment()
    {
        var fromCode = TestClients.NewToken();
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok());
        var services = Services(new Dictionary<string, string?> { ["HubSpot:AccessToken"] = TestClients.NewToken() });
        services.Configure<HubSpotClientOptions>(options => options.AccessToken = fromCode);
        HubSpotServiceCollectionExtensions.AddHubSpotCore(services, SectionOf, Environment(TestClients.NewToken(), null).GetValueOrDefault)
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<HubSpotClient>().SendAsync(HubSpotRequest.Get("crm/v3/objects/deals"));

        Assert.Equal($"Bearer {fromCode}", Assert.Single(handler.Requests).Authorization);
    }

    [Fact]
    public async Task HUBSPOT_BASE_URL_with_a_path_keeps_its_path_when_requests_are_sent()
    {
        var sent = await SendOneAsync(Environment(TestClients.NewToken(), "http://gateway.test/hubspot"), []);

        Assert.Equal("http://gateway.test/hubspot/", sent.Address);
    }

    [Theory]
    [InlineData("api.hubapi.com")]
    [InlineData("ftp://api.hubapi.com/")]
    [InlineData("not a url")]
    public void A_bad_HUBSPOT_BASE_URL_fails_naming_the_variable_and_the_value(string value)
    {
        using var provider = Build(Environment(TestClients.NewToken(), value), []);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HubSpotClientOptions>>().Value);

        Assert.Contains("HUBSPOT_BASE_URL", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_HUBSPOT_BASE_URL_that_the_section_replaces_is_not_an_error()
    {
        var sent = await SendOneAsync(
            Environment(TestClients.NewToken(), "not a url"),
            new Dictionary<string, string?> { ["HubSpot:BaseAddress"] = ProxyAddress });

        Assert.Equal(ProxyAddress, sent.Address);
    }

    [Theory]
    [InlineData("HubSpot:ApiTier", "Pro")]
    [InlineData("HubSpot:AttemptTimeout", "thirty seconds")]
    [InlineData("HubSpot:Retry:MaxRetries", "many")]
    public void A_section_value_that_does_not_convert_fails_naming_the_key(string key, string value)
    {
        using var provider = Build([], new Dictionary<string, string?> { ["HubSpot:AccessToken"] = TestClients.NewToken(), [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HubSpotClientOptions>>().Value);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_token_for_a_remote_address_the_start_fails_naming_every_place_a_token_can_be_set()
    {
        using var provider = Build([], []);

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Contains("No access token for https://api.hubapi.com/", error.Message, StringComparison.Ordinal);
        Assert.Contains("HubSpot:AccessToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("HUBSPOT_TOKEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HUBSPOT_BASE_URL_alone_points_the_client_at_a_local_emulator_over_a_real_socket()
    {
        await using var hub = await HubSpotEmulator.StartAsync(new HubSpotEmulatorOptions { Seed = { ["contacts"] = 3 } });
        var services = new ServiceCollection();
        HubSpotServiceCollectionExtensions.AddHubSpotCore(services, SectionOf, Environment(null, hub.BaseAddress.AbsoluteUri).GetValueOrDefault);
        await using var provider = services.BuildServiceProvider();

        var response = await provider.GetRequiredService<HubSpotClient>().SendAsync(HubSpotRequest.Get("crm/v3/objects/contacts"));

        Assert.Equal(200, response.Status);
        Assert.Equal(3, System.Text.Json.JsonDocument.Parse(response.Content.ToArray()).RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task A_client_built_in_code_for_a_loopback_address_needs_no_token()
    {
        await using var hub = await HubSpotEmulator.StartAsync();
        using var client = new HubSpotClient(new HubSpotClientOptions { BaseAddress = hub.BaseAddress });

        var response = await client.SendAsync(HubSpotRequest.Get("crm/v3/properties/contacts"));

        Assert.Equal(200, response.Status);
        Assert.Equal(HubSpotEmulatorOptions.DefaultAccessToken, HubSpotClientOptions.EmulatorAccessToken);
    }

    [Fact]
    public void A_client_built_in_code_for_a_remote_address_without_a_token_is_refused_naming_the_token()
    {
        var error = Assert.Throws<ArgumentException>(() => new HubSpotClient(new HubSpotClientOptions { BaseAddress = new Uri("https://eu1.api.hubapi.test/") }));

        Assert.Contains("No access token for https://eu1.api.hubapi.test/", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(string? token, string? baseUrl)
    {
        var variables = new Dictionary<string, string>();
        if (token is not null)
        {
            variables[HubSpotClientOptions.TokenEnvironmentVariable] = token;
        }

        if (baseUrl is not null)
        {
            variables[HubSpotClientOptions.BaseUrlEnvironmentVariable] = baseUrl;
        }

        return variables;
    }

    private static IConfiguration? SectionOf(IServiceProvider provider) =>
        provider.GetService<IConfiguration>()?.GetSection(HubSpotClientOptions.ConfigurationSectionName);

    private static ServiceCollection Services(Dictionary<string, string?> configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        return services;
    }

    private static ServiceProvider Build(Dictionary<string, string> environment, Dictionary<string, string?> configuration)
    {
        var services = Services(configuration);
        HubSpotServiceCollectionExtensions.AddHubSpotCore(services, SectionOf, environment.GetValueOrDefault);
        return services.BuildServiceProvider();
    }

    private static async Task<(string? Authorization, string Address)> SendOneAsync(
        Dictionary<string, string> environment, Dictionary<string, string?> configuration, Action<HubSpotClientOptions>? code = null)
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok());
        var services = Services(configuration);
        if (code is not null)
        {
            services.Configure(code);
        }

        HubSpotServiceCollectionExtensions.AddHubSpotCore(services, SectionOf, environment.GetValueOrDefault)
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<HubSpotClient>().SendAsync(HubSpotRequest.Get("crm/v3/objects/deals"));
        var sent = Assert.Single(handler.Requests);
        return (sent.Authorization, sent.Uri.AbsoluteUri.Replace("crm/v3/objects/deals", string.Empty, StringComparison.Ordinal));
    }
}
