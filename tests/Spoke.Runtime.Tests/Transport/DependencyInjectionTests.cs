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
        await client.SendAsync(new HubSpotRequest(HttpMethod.Get, "crm/v3/objects/deals", RequestKind.Read));

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
}
