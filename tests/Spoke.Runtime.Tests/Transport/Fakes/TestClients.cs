namespace Spoke.Runtime.Tests.Transport.Fakes;

/// <summary>Builds clients over a fake handler, each with its own token so no two tests share a rate-limit budget.</summary>
internal static class TestClients
{
    public static readonly Uri BaseAddress = new("http://hubspot.test/");

    public static string NewToken() => "pat-na1-" + Guid.NewGuid().ToString("N");

    public static HubSpotClientOptions Options(TimeProvider? timeProvider = null, Action<HubSpotClientOptions>? configure = null)
    {
        var options = new HubSpotClientOptions
        {
            AccessToken = NewToken(),
            BaseAddress = BaseAddress,
            TimeProvider = timeProvider ?? TimeProvider.System,
        };
        configure?.Invoke(options);
        return options;
    }

    public static HubSpotClient Create(HttpMessageHandler handler, HubSpotClientOptions options) =>
        new(new HttpClient(handler), options);
}
