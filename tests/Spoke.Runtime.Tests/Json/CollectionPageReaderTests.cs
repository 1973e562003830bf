using System.Text;
using System.Text.Json;
using Spoke.Json;

namespace Spoke.Runtime.Tests.Json;

public sealed class CollectionPageReaderTests
{
    [Theory]
    [InlineData("\"total\": 3,", 3L)]
    [InlineData("\"total\": 1.5,", null)]
    [InlineData("\"total\": 99999999999999999999,", null)]
    [InlineData("\"total\": { \"value\": 3 },", null)]
    [InlineData("\"total\": [3],", null)]
    public void A_total_that_is_not_a_whole_number_reads_as_unknown_and_the_rest_of_the_page_still_reads(string total, long? expected)
    {
        var body = Encoding.UTF8.GetBytes("{ " + total + """ "results": ["a", "b"], "paging": { "next": { "after": "2" } } }""");

        var page = CollectionPageReader.Read(body, static (ref Utf8JsonReader reader) => reader.GetString()!);

        Assert.Equal(expected, page.Total);
        Assert.Equal(["a", "b"], page.Results);
        Assert.Equal("2", page.After);
    }
}
