using System.Text;
using System.Text.Json;
using Spoke.Batch;

namespace Spoke.Runtime.Tests.Batch;

public sealed class BatchResponseReaderTests
{
    [Fact]
    public void Reads_hubspots_207_example_with_keys_and_errors()
    {
        const string body = """
            { "status": "COMPLETE",
              "results": [ { "id": "1145814089", "properties": { "email": "a@b.c" }, "createdAt": "2024-08-15T17:09:13.648Z",
                             "updatedAt": "2024-08-15T17:09:13.648Z", "archived": false, "objectWriteTraceId": "3", "new": true } ],
              "numErrors": 1,
              "errors": [ { "status": "error", "category": "VALIDATION_ERROR", "message": "Property values were not valid",
                            "context": { "objectWriteTraceId": ["549b1c2a9351"] } } ],
              "startedAt": "2024-08-15T17:09:13.610Z", "completedAt": "2024-08-15T17:09:13.910Z" }
            """;

        var response = BatchResponseReader.Read(Encoding.UTF8.GetBytes(body), static (ref Utf8JsonReader reader) => CrmObject.ReadFrom(ref reader), "email");

        var result = Assert.Single(response.Results);
        Assert.Equal(("1145814089", "3", "a@b.c", (bool?)true), (result.Id, result.TraceId, result.UniqueValue, result.IsNew));
        Assert.Equal("1145814089", result.Record.Id);
        var error = Assert.Single(response.Errors);
        Assert.Equal(["549b1c2a9351"], error.Context["objectWriteTraceId"]);
        Assert.Equal("VALIDATION_ERROR", error.Category);
    }
}
