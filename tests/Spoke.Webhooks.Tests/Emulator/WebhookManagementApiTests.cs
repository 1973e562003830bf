using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spoke.Emulator;

namespace Spoke.Webhooks.Tests.Emulator;

/// <summary>The emulator's <c>/webhooks/v3/{appId}</c> settings and subscriptions API, shaped as HubSpot's.</summary>
/// <remarks>One emulator serves the class; only one test creates subscriptions and only one touches the settings.</remarks>
public sealed class WebhookManagementApiTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private readonly HttpClient _api = emulator.Api;
    private readonly string _app = $"/webhooks/v3/{emulator.Hub.Options.Webhooks.AppId}";

    [Fact]
    public async Task Settings_are_missing_until_put_then_read_back_and_deleted()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"{_app}/settings")).StatusCode);

        var put = await SendAsync(HttpMethod.Put, $"{_app}/settings", new { targetUrl = "https://hooks.example.com/hubspot", throttling = new { maxConcurrentRequests = 8, period = "ROLLING_MINUTE" } });
        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal("https://hooks.example.com/hubspot", put.Body.GetProperty("targetUrl").GetString());
        Assert.Equal(8, put.Body.GetProperty("throttling").GetProperty("maxConcurrentRequests").GetInt32());
        Assert.Equal("ROLLING_MINUTE", put.Body.GetProperty("throttling").GetProperty("period").GetString());

        var read = await SendAsync(HttpMethod.Get, $"{_app}/settings");
        Assert.Equal("https://hooks.example.com/hubspot", read.Body.GetProperty("targetUrl").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync($"{_app}/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"{_app}/settings")).StatusCode);
    }

    [Theory]
    [InlineData("not a url", 10, "SECONDLY", "targetUrl")]
    [InlineData("ftp://hooks.example.com", 10, "SECONDLY", "targetUrl")]
    [InlineData("https://hooks.example.com", 2, "SECONDLY", "maxConcurrentRequests")]
    [InlineData("https://hooks.example.com", 10, "HOURLY", "period")]
    public async Task Refuses_settings_hubspot_would_refuse(string targetUrl, int maxConcurrentRequests, string period, string expected)
    {
        var response = await SendAsync(HttpMethod.Put, $"{_app}/settings", new { targetUrl, throttling = new { maxConcurrentRequests, period } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_ERROR", response.Body.GetProperty("category").GetString());
        Assert.Contains(expected, response.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creates_subscriptions_paused_and_activates_them_one_by_one_or_in_a_batch()
    {
        var created = await SendAsync(HttpMethod.Post, $"{_app}/subscriptions", new { eventType = "contact.propertyChange", propertyName = "email" });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.False(created.Body.GetProperty("active").GetBoolean());
        Assert.Equal("email", created.Body.GetProperty("propertyName").GetString());
        var id = created.Body.GetProperty("id").GetString();

        var patched = await SendAsync(HttpMethod.Patch, $"{_app}/subscriptions/{id}", new { active = true });
        Assert.True(patched.Body.GetProperty("active").GetBoolean());

        var second = await SendAsync(HttpMethod.Post, $"{_app}/subscriptions", new { eventType = "deal.creation" });
        var batch = await SendAsync(HttpMethod.Post, $"{_app}/subscriptions/batch/update",
            new { inputs = new object[] { new { id = long.Parse(id!, System.Globalization.CultureInfo.InvariantCulture), active = false }, new { id = second.Body.GetProperty("id").GetString(), active = true } } });
        Assert.Equal("COMPLETE", batch.Body.GetProperty("status").GetString());
        Assert.Equal([false, true], batch.Body.GetProperty("results").EnumerateArray().Select(s => s.GetProperty("active").GetBoolean()));

        var list = await SendAsync(HttpMethod.Get, $"{_app}/subscriptions");
        Assert.Equal(["contact.propertyChange", "deal.creation"], list.Body.GetProperty("results").EnumerateArray().Select(s => s.GetProperty("eventType").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync($"{_app}/subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"{_app}/subscriptions/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("contact.propertyChange", null, null, "propertyName is required")]
    [InlineData("contact.teleport", null, null, "Unsupported eventType")]
    [InlineData("product.associationChange", null, null, "Unsupported eventType")]
    [InlineData("deal.privacyDeletion", null, null, "Unsupported eventType")]
    [InlineData("object.creation", null, null, "objectTypeId is required")]
    [InlineData(null, null, null, "eventType is required")]
    public async Task Refuses_subscriptions_hubspot_would_refuse(string? eventType, string? propertyName, string? objectTypeId, string expected)
    {
        var response = await SendAsync(HttpMethod.Post, $"{_app}/subscriptions", new { eventType, propertyName, objectTypeId });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(expected, response.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_404_for_another_app_and_an_unknown_subscription()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("/webhooks/v3/999/subscriptions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"{_app}/subscriptions/424242")).StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await _api.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
