using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spoke.Authentication;
using Spoke.Emulator;
using Spoke.Runtime.Tests.Transport.Fakes;
using Spoke.Search;

namespace Spoke.Runtime.Tests.Transport.Emulator;

/// <summary>
/// No part of a token, client secret or refresh token reaches any log (formatted text, structured state, scopes), activity,
/// metric tag or exception, over real sockets, whether the client comes from <c>AddHubSpot</c> or its constructor, through
/// successes, 401s, 429s, 5xx and dropped-connection retries, and OAuth refreshes.
/// </summary>
public sealed class SecretLeakTests
{
    public enum ClientSource
    {
        AddHubSpot,
        Constructor,
    }

    [Theory]
    [InlineData(ClientSource.AddHubSpot)]
    [InlineData(ClientSource.Constructor)]
    public async Task No_fragment_of_any_secret_reaches_logs_scopes_traces_metrics_or_exceptions(ClientSource source)
    {
        var accepted = Secret("pat-na1-");
        var rejected = Secret("pat-na1-");
        var oauthAccess = Secret("CJ");
        var clientSecret = Secret("cs-");
        var refreshToken = Secret("rt-");
        var rotatedRefreshToken = Secret("rt-");
        using var capture = new TelemetryCapture();
        await using var hub = await HubSpotEmulator.StartAsync(EmulatorOptions(accepted, oauthAccess));
        var tokenEndpoint = ScriptedHttpHandler.Answering(_ => Responses.Json(HttpStatusCode.OK,
            $$"""{"token_type":"bearer","access_token":"{{oauthAccess}}","refresh_token":"{{rotatedRefreshToken}}","expires_in":1800}"""));
        using var refreshing = new HubSpotRefreshTokenProvider("client-1", clientSecret, refreshToken, TestClients.BaseAddress, new HttpClient(tokenEndpoint));

        await using (var client = Build(source, hub, capture, options => options.AccessToken = accepted))
        {
            var created = await client.Client.CreateAsync(CrmObjectType.Contacts, new CrmObjectInput { ["email"] = "leak@example.com" });
            await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.Client.GetAsync(CrmObjectType.Contacts, created.Id, ["email"])));
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.Client.SearchAsync(CrmObjectType.Deals, new SearchRequest()).ToListAsync().AsTask()));
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.Client.BatchReadAsync(CrmObjectType.Tickets, ["1", "2"])));
            capture.Add(await Record(() => client.Client.GetAsync(CrmObjectType.Contacts, "999999")));
            capture.Add(await Record(() => client.Client.CreateAsync(CrmObjectType.Contacts, new CrmObjectInput { ["no_such_property"] = "x" })));
            Assert.Contains("crm.objects.contacts.read", (await client.Client.Account.GetAccessTokenInfoAsync()).Scopes);
        }

        await using (var client = Build(source, hub, capture, options => options.AccessToken = rejected))
        {
            var unauthorized = await Record(() => client.Client.GetAsync(CrmObjectType.Contacts, "1"));
            Assert.Equal(401, Assert.IsType<HubSpotException>(unauthorized).Status);
            capture.Add(unauthorized);
            capture.Add(await Record(() => client.Client.Account.GetAccessTokenInfoAsync()));
        }

        await using (var client = Build(source, hub, capture, options => options.TokenProvider = refreshing))
        {
            await client.Client.SearchAsync(CrmObjectType.Contacts, new SearchRequest()).ToListAsync();

            // HubSpot's OAuth introspection takes the token in its path, which .NET's HTTP tracing records: the client refuses to send it.
            var introspection = await Record(() => client.Client.Account.GetAccessTokenInfoAsync());
            Assert.IsType<NotSupportedException>(introspection);
            capture.Add(introspection);
        }

        capture.Add(refreshing.ToString());
        Assert.True(capture.LogCount > 20, $"only {capture.LogCount} log entries were written");
        var texts = capture.Texts;
        Assert.All(["rate limited", "status 502", "connection dropped"], reason => Assert.Contains(reason, texts));
        foreach (var secret in new[] { accepted, rejected, oauthAccess, clientSecret, refreshToken, rotatedRefreshToken })
        {
            var fragments = Fragments(secret);
            var leak = texts.FirstOrDefault(text => fragments.Any(fragment => text.Contains(fragment, StringComparison.Ordinal)));
            Assert.True(leak is null, $"A fragment of a secret appeared in: {leak}");
        }
    }

    private static async Task<Exception?> Record(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private static HubSpotEmulatorOptions EmulatorOptions(params string[] tokens)
    {
        var options = new HubSpotEmulatorOptions { SearchIndexingDelay = TimeSpan.Zero };
        foreach (var token in tokens)
        {
            options.Tokens.Add(new EmulatorToken(token));
        }

        options.RateLimits.Enabled = false;

        // Fault decisions are drawn from a fixed seed and each rule's count of matches, so every run meets the same faults.
        options.Faults.Rules.Add(new FaultRule(FaultKind.Status) { StatusCode = 429, Percentage = 40, Method = "GET", PathPattern = "/crm/v3/objects/contacts/*" });
        options.Faults.Rules.Add(new FaultRule(FaultKind.Status) { StatusCode = 502, Percentage = 40, PathPattern = "/crm/v3/objects/deals/search" });
        options.Faults.Rules.Add(new FaultRule(FaultKind.DropConnection) { Percentage = 50, PathPattern = "/crm/v3/objects/tickets/batch/read" });
        return options;
    }

    private static Owned Build(ClientSource source, HubSpotEmulator hub, TelemetryCapture capture, Action<HubSpotClientOptions> token)
    {
        void Configure(HubSpotClientOptions options)
        {
            options.BaseAddress = hub.BaseAddress;
            options.RequestsPerTenSeconds = 1_000;
            options.Retry.MaxRetries = 12;
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(20);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
            token(options);
        }

        if (source == ClientSource.Constructor)
        {
            var options = new HubSpotClientOptions();
            Configure(options);
            var loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
            return new Owned(new HubSpotClient(new HttpClient(new SocketsHttpHandler()), options, loggerFactory), null, loggerFactory);
        }

        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new SharedProvider(capture)));
        services.AddHubSpot(Configure);
        var provider = services.BuildServiceProvider();
        return new Owned(provider.GetRequiredService<HubSpotClient>(), provider, null);
    }

    private const int RandomLength = 40;

    private static string Secret(string prefix) => prefix + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N")[..(RandomLength - 32)];

    // Any 10 characters of the random part: long enough never to occur by chance in a trace id or a GUID elsewhere.
    private static string[] Fragments(string secret)
    {
        var random = secret[^RandomLength..];
        return [.. Enumerable.Range(0, RandomLength - 9).Select(start => random.Substring(start, 10))];
    }

    private sealed class Owned(HubSpotClient client, ServiceProvider? services, ILoggerFactory? loggerFactory) : IAsyncDisposable
    {
        public HubSpotClient Client { get; } = client;

        public async ValueTask DisposeAsync()
        {
            if (services is null)
            {
                Client.Dispose();
                loggerFactory?.Dispose();
            }
            else
            {
                await services.DisposeAsync();
            }
        }
    }

    /// <summary>Lends the capture to a service provider without letting the provider dispose it.</summary>
    private sealed class SharedProvider(TelemetryCapture capture) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => capture.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
