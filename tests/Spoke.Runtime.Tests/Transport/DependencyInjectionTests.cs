using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddHubSpot_registers_one_shared_client_sending_through_the_named_http_client()
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok());
        var token = TestClients.NewToken();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpot(options =>
        {
            options.AccessToken = token;
            options.BaseAddress = TestClients.BaseAddress;
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<HubSpotClient>();
        await client.SendAsync(HubSpotRequest.Get("crm/v3/objects/deals"));

        Assert.Same(client, provider.GetRequiredService<HubSpotClient>());
        Assert.Equal($"Bearer {token}", Assert.Single(handler.Requests).Authorization);
        var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HubSpotServiceCollectionExtensions.HttpClientName);
        Assert.Equal(Timeout.InfiniteTimeSpan, httpClient.Timeout);
    }

    [Fact]
    public void AddHubSpot_reports_missing_configuration_when_the_client_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddHubSpot(_ => { });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<HubSpotClient>());

        Assert.Contains("AccessToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHubSpot_binds_the_options_from_a_configuration_section()
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.Ok());
        var token = TestClients.NewToken();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpot:AccessToken"] = token,
            ["HubSpot:BaseAddress"] = "https://hubspot.proxy.test/",
            ["HubSpot:ApiTier"] = "ProfessionalOrEnterprise",
            ["HubSpot:AttemptTimeout"] = "00:00:07",
            ["HubSpot:Retry:MaxRetries"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddHubSpot(configuration.GetSection("HubSpot")).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<HubSpotClientOptions>>().Value;
        await provider.GetRequiredService<HubSpotClient>().SendAsync(HubSpotRequest.Get("crm/v3/objects/deals"));

        Assert.Equal((HubSpotApiTier.ProfessionalOrEnterprise, TimeSpan.FromSeconds(7), 2), (options.ApiTier, options.AttemptTimeout, options.Retry.MaxRetries));
        var sent = Assert.Single(handler.Requests);
        Assert.Equal("https://hubspot.proxy.test/crm/v3/objects/deals", sent.Uri.AbsoluteUri);
        Assert.Equal($"Bearer {token}", sent.Authorization);
    }

    [Fact]
    public async Task A_configuration_section_with_a_bad_value_fails_the_host_start_naming_the_option()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpot:AccessToken"] = TestClients.NewToken(),
            ["HubSpot:SearchRequestsPerSecond"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddHubSpot(configuration.GetSection("HubSpot"));
        await using var provider = services.BuildServiceProvider();

        var startup = provider.GetRequiredService<IStartupValidator>();
        var error = Assert.Throws<OptionsValidationException>(startup.Validate);

        Assert.Contains("SearchRequestsPerSecond", error.Message, StringComparison.Ordinal);
    }
}
