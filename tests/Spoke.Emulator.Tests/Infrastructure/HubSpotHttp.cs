using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Spoke.Emulator.Tests.Infrastructure;

/// <summary>Plain HTTP calls with the JSON of HubSpot's documented requests, as any HubSpot client would send them.</summary>
internal sealed class HubSpotHttp(HttpClient client, string? token)
{
    public HubSpotHttp(HubSpotEmulator hub, string? token = null)
        : this(new HttpClient { BaseAddress = hub.BaseAddress }, token ?? hub.AccessToken)
    {
    }

    public HttpClient Client => client;

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ApiResponse> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<ApiResponse> PatchAsync(string path, string json) => SendAsync(HttpMethod.Patch, path, json);

    public Task<ApiResponse> PutAsync(string path, string? json = null) => SendAsync(HttpMethod.Put, path, json);

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return new ApiResponse(response.StatusCode, response.Headers, response.Content.Headers.ContentType?.ToString() ?? "", body, text);
    }

    /// <summary>Creates a contact and returns its id.</summary>
    public async Task<string> CreateContactAsync(string email, string? extraProperties = null)
    {
        var response = await PostAsync("/crm/v3/objects/contacts",
            $$$"""{"properties":{"email":"{{{email}}}","firstname":"Test"{{{(extraProperties is null ? "" : "," + extraProperties)}}}}}""");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.Status);
        return response["id"].GetString()!;
    }

    public async Task<string> CreateAsync(string objectType, string properties)
    {
        var response = await PostAsync($"/crm/v3/objects/{objectType}", $$$"""{"properties":{{{properties}}}}""");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.Status);
        return response["id"].GetString()!;
    }
}
