using System.Text.Json;
using Spoke.Agents.Audit;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Tools;

/// <summary>Arguments no model should send still get a clear tool error and an audit line, never an exception.</summary>
public sealed class HostileArgumentTests
{
    private const string Records = "manage_hubspot_records";

    private readonly ToolHarness _harness = new();

    [Theory]
    [InlineData("""{"action": "create", "objectType": "tickets", "properties": {"subject": "bad \ud800 text"}}""", "arguments.'properties'.'subject'")]
    [InlineData("""{"action": "create", "objectType": "tickets", "properties": {"sub\udc00ject": "x"}}""", "arguments.'properties'.<a name>")]
    [InlineData("""{"action": "get", "objectType": "\ud800", "id": "1"}""", "arguments.'objectType'")]
    public async Task Text_that_is_not_valid_Unicode_is_an_invalid_argument_naming_where_it_is(string arguments, string path)
    {
        var result = await _harness.CallAsync(Records, "admin", arguments);

        Assert.True(result.IsError);
        Assert.Contains($"'{path}' holds text that is not valid Unicode", result.Text, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Invalid, Assert.Single(_harness.Audit.Entries).Outcome);
        Assert.Empty(_harness.HubSpot.Calls);
    }

    [Fact]
    public async Task A_huge_argument_is_quoted_short_in_the_error()
    {
        var huge = new string('x', 100_000);

        var result = await _harness.CallAsync(Records, "admin", $$$"""{"action": "{{{huge}}}", "objectType": "tickets"}""");

        Assert.True(result.IsError);
        Assert.Contains("(100000 characters)", result.Text, StringComparison.Ordinal);
        Assert.True(result.Text.Length < 1_000, result.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Deeply_nested_values_where_text_belongs_are_invalid()
    {
        var nested = new string('[', 500) + new string(']', 500);
        using var document = JsonDocument.Parse($$$"""{"action": "get", "objectType": {{{nested}}}, "id": "1"}""", new JsonDocumentOptions { MaxDepth = 1_000 });

        var result = await _harness.ToolSet.RunAsync(_harness.Tool(Records), "admin", document.RootElement);

        Assert.True(result.IsError);
        Assert.Contains("'objectType' must be a string, not an array", result.Text, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Invalid, Assert.Single(_harness.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task A_defect_behind_a_tool_shows_the_agent_no_exception_and_the_audit_its_type()
    {
        _harness.HubSpot.Failure = new InvalidOperationException("internal detail");

        var result = await _harness.CallAsync("search_hubspot", "analyst", """{"objectType": "contacts"}""");

        Assert.True(result.IsError);
        Assert.DoesNotContain("Exception", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("internal detail", result.Text, StringComparison.Ordinal);
        var entry = Assert.Single(_harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Equal("Unexpected System.InvalidOperationException: internal detail", entry.Error);
    }
}
