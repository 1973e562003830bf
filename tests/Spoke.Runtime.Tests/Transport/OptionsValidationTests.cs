using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

/// <summary>Every option value that cannot work is refused when the client is built, naming the option, never later and never as another exception.</summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, Action<HubSpotClientOptions>> BadOptions => new()
    {
        { "AttemptTimeout", options => options.AttemptTimeout = TimeSpan.FromMilliseconds(5) },
        { "AttemptTimeout", options => (options.AttemptTimeout, options.TotalTimeout) = (TimeSpan.FromDays(2), Timeout.InfiniteTimeSpan) },
        { "TotalTimeout", options => options.TotalTimeout = TimeSpan.FromDays(2) },
        { "Retry.BaseDelay", options => (options.Retry.BaseDelay, options.Retry.MaxDelay) = (TimeSpan.FromDays(2), TimeSpan.FromDays(3)) },
        { "Retry.MaxDelay", options => options.Retry.MaxDelay = TimeSpan.FromDays(2) },
        { "Retry.RetryAfterPadding", options => options.Retry.RetryAfterPadding = TimeSpan.FromDays(2) },
        { "BaseAddress", options => options.BaseAddress = new Uri("ftp://api.hubapi.com/") },
        { "SearchRequestsPerSecond", options => options.SearchRequestsPerSecond = 0 },
        { "TokenRefreshMargin", options => options.TokenRefreshMargin = TimeSpan.MaxValue },
        { "TimeProvider", options => options.TimeProvider = null! },
        { "BaseAddress", options => options.BaseAddress = new Uri("https://api.hubapi.com/?portal=1") },
        { "BaseAddress", options => options.BaseAddress = new Uri("https://api.hubapi.com/#top") },
        { "BaseAddress", options => options.BaseAddress = new Uri("https://user:secret@api.hubapi.com/") },
        { "BaseAddress", options => options.BaseAddress = null! },
        { "ApiTier", options => options.ApiTier = (HubSpotApiTier)99 },
        { "LoggedHeaderNames", options => options.LoggedHeaderNames.Add(null!) },
        { "LoggedHeaderNames", options => options.LoggedHeaderNames.Add(" ") },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void The_constructor_refuses_the_value_naming_the_option(string option, Action<HubSpotClientOptions> configure)
    {
        var options = TestClients.Options(configure: configure);

        var error = Assert.Throws<ArgumentException>(() => new HubSpotClient(options));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void AddHubSpot_validation_refuses_the_value_naming_the_option(string option, Action<HubSpotClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddHubSpot(options =>
        {
            options.AccessToken = TestClients.NewToken();
            configure(options);
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HubSpotClientOptions>>().Value);

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }
}
