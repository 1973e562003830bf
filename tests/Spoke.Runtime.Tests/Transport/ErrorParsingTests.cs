using System.Net;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Transport;

public sealed class ErrorParsingTests
{
    private static readonly HubSpotRequest Read = HubSpotRequest.Get("crm/v3/objects/contacts/1");

    [Fact]
    public async Task A_validation_error_carries_category_correlation_id_and_per_field_errors_with_context()
    {
        var exception = await SendExpectingFailure(Responses.Json(
            HttpStatusCode.BadRequest,
            """
            { "status": "error", "message": "Property values were not valid", "category": "VALIDATION_ERROR",
              "subCategory": "crm.properties.INVALID", "correlationId": "a43683b0-5717-4ceb-80b4-104d02915d8c",
              "errors": [ { "message": "discount was not a valid number", "code": "INVALID_INTEGER", "in": "discount",
                            "context": { "propertyName": ["discount"] } } ] }
            """));

        Assert.Equal(400, exception.Status);
        Assert.Equal("VALIDATION_ERROR", exception.Category);
        Assert.Equal("crm.properties.INVALID", exception.SubCategory);
        Assert.Equal("a43683b0-5717-4ceb-80b4-104d02915d8c", exception.CorrelationId);
        Assert.Equal("Property values were not valid", exception.ServiceMessage);
        var detail = Assert.Single(exception.Errors);
        Assert.Equal("INVALID_INTEGER", detail.Code);
        Assert.Equal("discount", detail.In);
        Assert.Equal(["discount"], detail.Context["propertyName"]);
        Assert.Contains("discount was not a valid number", exception.Message, StringComparison.Ordinal);
        Assert.Contains("a43683b0-5717-4ceb-80b4-104d02915d8c", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_scopes_lists_the_required_scopes()
    {
        var exception = await SendExpectingFailure(Responses.Json(
            HttpStatusCode.Forbidden,
            """
            { "status": "error", "message": "This app hasn't been granted all required scopes to make this call.",
              "correlationId": "c-403", "category": "MISSING_SCOPES",
              "errors": [ { "message": "One or more of the following scopes are required.",
                            "context": { "requiredGranularScopes": ["crm.objects.contacts.read", "crm.objects.contacts.write"] } } ],
              "links": { "scopes": "https://developers.hubspot.com/scopes" } }
            """));

        Assert.Equal(403, exception.Status);
        Assert.Equal("MISSING_SCOPES", exception.Category);
        Assert.Equal(["crm.objects.contacts.read", "crm.objects.contacts.write"], exception.RequiredScopes);
        Assert.Contains("crm.objects.contacts.read, crm.objects.contacts.write", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conflict_gives_the_existing_record_id()
    {
        var exception = await SendExpectingFailure(Responses.Json(
            HttpStatusCode.Conflict,
            """{"status":"error","message":"Contact already exists. Existing ID: 7251","correlationId":"c-409","category":"CONFLICT"}"""));

        Assert.Equal(409, exception.Status);
        Assert.Equal("7251", exception.ExistingObjectId);
        Assert.Equal("CONFLICT", exception.Category);
    }

    [Fact]
    public async Task Not_found_and_unauthorized_carry_their_status_and_category()
    {
        var notFound = await SendExpectingFailure(Responses.Json(
            HttpStatusCode.NotFound,
            """{"status":"error","message":"Object not found.  objectId are usually numeric.","correlationId":"c-404","category":"OBJECT_NOT_FOUND","context":{"id":["abc"]}}"""));
        var unauthorized = await SendExpectingFailure(Responses.Json(
            HttpStatusCode.Unauthorized,
            """{"status":"error","message":"Authentication credentials not found.","correlationId":"c-401","category":"INVALID_AUTHENTICATION"}"""));

        Assert.Equal(404, notFound.Status);
        Assert.Equal("OBJECT_NOT_FOUND", notFound.Category);
        Assert.Equal(["abc"], notFound.Context["id"]);
        Assert.Equal(401, unauthorized.Status);
        Assert.Equal("INVALID_AUTHENTICATION", unauthorized.Category);
        Assert.Contains("access token", unauthorized.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_daily_limit_fails_fast_and_names_the_daily_policy()
    {
        var handler = ScriptedHttpHandler.Answering(_ => Responses.DailyLimit());
        using var client = TestClients.Create(handler, TestClients.Options());

        var exception = await Assert.ThrowsAsync<HubSpotException>(() => client.SendAsync(Read, default));

        Assert.Single(handler.Requests);
        Assert.Equal(429, exception.Status);
        Assert.Equal("DAILY", exception.PolicyName);
        Assert.Equal("RATE_LIMIT", exception.Category);
        Assert.Contains("midnight", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_gateway_page_gives_a_clear_message_instead_of_a_parser_error()
    {
        var page = new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("<html>\n<head><title>400 Bad Request</title></head>\n<body>cloudflare</body></html>", System.Text.Encoding.UTF8, "text/html"),
        };

        var exception = await SendExpectingFailure(page);

        Assert.Equal(400, exception.Status);
        Assert.Null(exception.Category);
        Assert.Contains("not a HubSpot error (text/html)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("<title>400 Bad Request</title>", exception.Message, StringComparison.Ordinal);
        Assert.IsNotType<System.Text.Json.JsonException>(exception.InnerException);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("""{"message": 42, "errors": "nope", "context": [1], "category": null}""")]
    [InlineData("""{"errors":[{"context":{"requiredScopes":"contacts"}}, 5]}""")]
    public async Task Odd_bodies_never_crash_the_parser(string body)
    {
        var exception = await SendExpectingFailure(Responses.Json(HttpStatusCode.BadRequest, body));

        Assert.Equal(400, exception.Status);
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    private static async Task<HubSpotException> SendExpectingFailure(HttpResponseMessage response)
    {
        var handler = ScriptedHttpHandler.Answering(_ => response);
        using var client = TestClients.Create(handler, TestClients.Options());
        return await Assert.ThrowsAsync<HubSpotException>(() => client.SendAsync(Read, default));
    }
}
