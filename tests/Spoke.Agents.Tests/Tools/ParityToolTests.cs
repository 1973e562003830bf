using System.Text.Json;
using Spoke.Agents.Audit;
using Spoke.Agents.Tests.Fakes;
using Spoke.Emulator;

namespace Spoke.Agents.Tests.Tools;

/// <summary>
/// What HubSpot's hosted MCP server offers, through Spoke's policy and audit, over a socket against the emulator: batch get,
/// owners, association filters, record links, the agent's own access, and property and pipeline search in the schema.
/// </summary>
public sealed class ParityToolTests
{
    private const string Records = "manage_hubspot_records";

    [Fact]
    public async Task Get_reads_many_ids_in_one_batch_and_names_each_id_not_found()
    {
        RequestRecorder? recorder = null;
        await using var tools = await EmulatedToolSet.StartAsync(inFrontOfSocket: socket => recorder = new RequestRecorder(socket));
        var first = await CreateAsync(tools, "contacts", """{"email": "ada@example.com", "firstname": "Ada"}""");
        var second = await CreateAsync(tools, "contacts", """{"email": "grace@example.com", "firstname": "Grace"}""");
        recorder!.TakeAll();

        var result = await tools.CallAsync(Records, "analyst",
            $$"""{"action": "get", "objectType": "contacts", "ids": ["{{first}}", "999999", "{{second}}", "{{first}}"], "propertiesToReturn": ["firstname"]}""");

        Assert.False(result.IsError, result.Text);
        var root = JsonDocument.Parse(result.Text).RootElement;
        Assert.Equal(["Ada", "Grace"], root.GetProperty("results").EnumerateArray().Select(record => record.GetProperty("properties").GetProperty("firstname").GetString()).Order());
        Assert.Equal(["999999"], root.GetProperty("notFound").EnumerateArray().Select(id => id.GetString()));
        Assert.Single(recorder.TakeAll(), request => request.Path.EndsWith("/crm/v3/objects/contacts/batch/read", StringComparison.Ordinal));
        var entry = tools.Audit.Entries[^1];
        Assert.Equal((AuditOutcome.Succeeded, "get"), (entry.Outcome, entry.Action));
        Assert.Equal([first, "999999", second], entry.RecordIds);
    }

    [Fact]
    public async Task Get_refuses_more_than_a_batch_of_ids_and_ids_of_a_type_the_agent_cannot_read_before_hubspot()
    {
        RequestRecorder? recorder = null;
        await using var tools = await EmulatedToolSet.StartAsync(inFrontOfSocket: socket => recorder = new RequestRecorder(socket));
        var ids = JsonSerializer.Serialize(Enumerable.Range(1, HubSpotLimits.MaxBatchSize + 1).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var tooMany = await tools.CallAsync(Records, "analyst", $$"""{"action": "get", "objectType": "contacts", "ids": {{ids}}}""");
        var denied = await tools.CallAsync(Records, "support-bot", """{"action": "get", "objectType": "deals", "ids": ["1", "2"]}""");
        var both = await tools.CallAsync(Records, "analyst", """{"action": "get", "objectType": "contacts", "id": "1", "ids": ["2"]}""");

        Assert.True(tooMany.IsError);
        Assert.Contains($"at most {HubSpotLimits.MaxBatchSize}", tooMany.Text, StringComparison.Ordinal);
        Assert.True(denied.IsError);
        Assert.Contains("may not read", denied.Text, StringComparison.Ordinal);
        Assert.True(both.IsError);
        Assert.Equal([AuditOutcome.Invalid, AuditOutcome.Denied, AuditOutcome.Invalid], tools.Audit.Entries.Select(entry => entry.Outcome));
        Assert.Empty(recorder!.TakeAll());
    }

    [Fact]
    public async Task Owners_are_found_by_name_words_or_email_and_their_id_assigns_a_record()
    {
        await using var tools = await EmulatedToolSet.StartAsync(options => options.OwnerCount = 6);
        var owner = (await tools.Client.Owners.ListAsync().ToListAsync())[3];

        var byName = await tools.CallAsync("search_hubspot_owners", "admin", JsonSerializer.Serialize(new { query = $"{owner.LastName!.ToUpperInvariant()} {owner.FirstName}" }));
        var byEmail = await tools.CallAsync("search_hubspot_owners", "admin", JsonSerializer.Serialize(new { query = owner.Email }));
        var found = JsonDocument.Parse(byName.Text).RootElement.GetProperty("results");
        var contact = await CreateAsync(tools, "contacts", JsonSerializer.Serialize(new { email = "assign@example.com", hubspot_owner_id = found[0].GetProperty("id").GetString() }));

        Assert.False(byName.IsError, byName.Text);
        Assert.Contains(found.EnumerateArray(), match => match.GetProperty("id").GetString() == owner.Id);
        Assert.All(found.EnumerateArray(), match => Assert.Contains(owner.FirstName!, match.GetProperty("firstName").GetString(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(owner.Id, Assert.Single(JsonDocument.Parse(byEmail.Text).RootElement.GetProperty("results").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(owner.Id, (await tools.Client.GetAsync(CrmObjectType.Contacts, contact, ["hubspot_owner_id"])).Properties["hubspot_owner_id"]);
        var audit = tools.Audit.Entries.Where(entry => entry.Tool == "search_hubspot_owners").ToList();
        Assert.All(audit, entry => Assert.Equal((AuditOutcome.Succeeded, "owners"), (entry.Outcome, entry.ObjectType)));
        Assert.Contains(owner.Id, audit[1].RecordIds);
    }

    [Fact]
    public async Task Owners_are_refused_to_an_agent_without_owners_access_before_hubspot()
    {
        RequestRecorder? recorder = null;
        await using var tools = await EmulatedToolSet.StartAsync(inFrontOfSocket: socket => recorder = new RequestRecorder(socket));

        var denied = await tools.CallAsync("search_hubspot_owners", "support-bot", """{"query": "ana"}""");

        Assert.True(denied.IsError);
        Assert.Contains("may not look up HubSpot owners", denied.Text, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(tools.Audit.Entries).Outcome);
        Assert.Empty(recorder!.TakeAll());
    }

    [Fact]
    public async Task An_explicit_owners_none_overrides_a_read_everything_rule()
    {
        var harness = new ToolHarness("""{"agents": {"reader": {"*": "read", "owners": "none"}, "assigner": {"contacts": "write", "owners": "read"}}}""");

        var reader = await harness.CallAsync("search_hubspot_owners", "reader", "{}");
        var assigner = await harness.CallAsync("search_hubspot_owners", "assigner", "{}");

        Assert.True(reader.IsError);
        Assert.Contains("may not look up HubSpot owners", reader.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("may not look up", assigner.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_the_deals_associated_with_a_company()
    {
        await using var tools = await EmulatedToolSet.StartAsync();
        var company = await CreateAsync(tools, "companies", """{"name": "Analytical Engines"}""");
        var linked = await CreateAsync(tools, "deals", """{"dealname": "Linked", "pipeline": "default", "dealstage": "appointmentscheduled"}""");
        await CreateAsync(tools, "deals", """{"dealname": "Unlinked", "pipeline": "default", "dealstage": "appointmentscheduled"}""");
        await tools.Client.Associations.CreateDefaultAsync(CrmObjectType.Deals, linked, CrmObjectType.Companies, company);

        var result = await tools.CallAsync("search_hubspot", "analyst",
            $$"""{"objectType": "deals", "filterGroups": [{"filters": [{"propertyName": "associations.company", "operator": "EQ", "value": "{{company}}"}]}], "properties": ["dealname"]}""");

        Assert.False(result.IsError, result.Text);
        var found = Assert.Single(JsonDocument.Parse(result.Text).RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal((linked, "Linked"), (found.GetProperty("id").GetString(), found.GetProperty("properties").GetProperty("dealname").GetString()));
        Assert.Equal([linked], tools.Audit.Entries[^1].RecordIds);
    }

    [Fact]
    public async Task An_association_filter_on_a_type_the_agent_cannot_read_is_refused_before_hubspot()
    {
        RequestRecorder? recorder = null;
        await using var tools = await EmulatedToolSet.StartAsync(inFrontOfSocket: socket => recorder = new RequestRecorder(socket));

        var denied = await tools.CallAsync("search_hubspot", "support-bot",
            """{"objectType": "tickets", "filterGroups": [{"filters": [{"propertyName": "associations.deal", "operator": "EQ", "value": "7"}]}]}""");

        Assert.True(denied.IsError);
        Assert.Contains("which reads deals", denied.Text, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(tools.Audit.Entries).Outcome);
        Assert.Empty(recorder!.TakeAll());
    }

    [Fact]
    public async Task Records_link_to_their_page_in_hubspot_with_the_portal_id_read_once()
    {
        RequestRecorder? recorder = null;
        await using var tools = await EmulatedToolSet.StartAsync(options => options.PortalId = 24681357, socket => recorder = new RequestRecorder(socket));
        var id = await CreateAsync(tools, "deals", """{"dealname": "Linked", "pipeline": "default", "dealstage": "appointmentscheduled"}""");

        var got = await tools.CallAsync(Records, "analyst", $$"""{"action": "get", "objectType": "deal", "id": "{{id}}"}""");
        var searched = await tools.CallAsync("search_hubspot", "analyst", """{"objectType": "0-3"}""");

        var expected = $"https://app.hubspot.com/contacts/24681357/record/0-3/{id}";
        Assert.Equal(expected, JsonDocument.Parse(got.Text).RootElement.GetProperty("url").GetString());
        Assert.Equal(expected, JsonDocument.Parse(searched.Text).RootElement.GetProperty("results")[0].GetProperty("url").GetString());
        Assert.Single(recorder!.TakeAll(), request => request.Path.EndsWith("/account-info/v3/details", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_account_info_records_carry_no_link_and_the_call_still_succeeds()
    {
        await using var tools = await EmulatedToolSet.StartAsync(options =>
            options.Faults.Rules.Add(new FaultRule(FaultKind.Status) { StatusCode = 403, Percentage = 100, PathPattern = "/account-info/v3/details" }));

        var created = await tools.CallAsync(Records, "admin", """{"action": "create", "objectType": "contacts", "properties": {"email": "plain@example.com"}}""");

        Assert.False(created.IsError, created.Text);
        var record = JsonDocument.Parse(created.Text).RootElement;
        Assert.False(record.TryGetProperty("url", out _));
        Assert.DoesNotContain("hubspot.com", created.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(AuditOutcome.Succeeded, tools.Audit.Entries[^1].Outcome);
        Assert.Equal(201, tools.Audit.Entries[^1].HubSpotStatus);
    }

    [Fact]
    public async Task An_agent_learns_its_own_policy_and_the_token_scopes()
    {
        await using var tools = await EmulatedToolSet.StartAsync();

        var result = await tools.CallAsync("get_hubspot_access", "support-bot", "{}");
        Assert.False(result.IsError, tools.Audit.Entries[0].Error);
        var unknown = await tools.CallAsync("get_hubspot_access", "stranger", "{}");

        Assert.False(result.IsError, result.Text);
        var root = JsonDocument.Parse(result.Text).RootElement;
        var rules = root.GetProperty("objectTypes").EnumerateArray().ToDictionary(rule => rule.GetProperty("objectType").GetString()!, rule => rule.GetProperty("access").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["contacts"] = "read", ["tickets"] = "write" }, rules);
        Assert.Equal("none", root.GetProperty("otherObjectTypes").GetProperty("access").GetString());
        Assert.Equal("none", root.GetProperty("owners").GetString());
        Assert.Contains(root.GetProperty("token").GetProperty("scopes").EnumerateArray(), scope => scope.GetString() == "crm.objects.tickets.write");
        Assert.True(unknown.IsError);
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Denied], tools.Audit.Entries.Select(entry => entry.Outcome));
        Assert.All(tools.Audit.Entries, entry => Assert.Equal(("get_hubspot_access", "access"), (entry.Tool, entry.Action)));
    }

    [Fact]
    public async Task Property_lists_restrict_what_the_access_tool_reports()
    {
        var harness = new ToolHarness();

        var result = await harness.CallAsync("get_hubspot_access", "careful", "{}");

        var contacts = JsonDocument.Parse(result.Text).RootElement.GetProperty("objectTypes")[0];
        Assert.Equal(["firstname", "lastname"], contacts.GetProperty("allowProperties").EnumerateArray().Select(name => name.GetString()));
        Assert.Equal(["lastname"], contacts.GetProperty("denyProperties").EnumerateArray().Select(name => name.GetString()));
        Assert.StartsWith("HubSpot did not describe the token", JsonDocument.Parse(result.Text).RootElement.GetProperty("token").GetProperty("scopesUnknown").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_tool_finds_properties_by_keyword_and_one_pipeline_by_name()
    {
        await using var tools = await EmulatedToolSet.StartAsync();

        var byKeyword = await tools.CallAsync("get_hubspot_schema", "analyst", """{"objectType": "contacts", "query": "EMAIL"}""");
        var pipeline = await tools.CallAsync("get_hubspot_schema", "analyst", """{"objectType": "deals", "pipeline": "sales pipeline"}""");
        var noPipeline = await tools.CallAsync("get_hubspot_schema", "analyst", """{"objectType": "deals", "pipeline": "Renewals"}""");
        var noMatch = await tools.CallAsync("get_hubspot_schema", "analyst", """{"objectType": "contacts", "query": "zzqx"}""");

        var groups = JsonDocument.Parse(byKeyword.Text).RootElement.GetProperty("groups").EnumerateArray().ToList();
        var properties = groups.SelectMany(group => group.GetProperty("properties").EnumerateArray().Select(property => (Group: group.GetProperty("name").GetString()!, Property: property))).ToList();
        Assert.Contains(properties, match => match.Property.GetProperty("name").GetString() == "email");
        Assert.DoesNotContain(properties, match => match.Property.GetProperty("name").GetString() == "firstname");
        Assert.All(properties, match => Assert.Contains("email", match.Group + match.Property.GetRawText(), StringComparison.OrdinalIgnoreCase));
        var root = JsonDocument.Parse(pipeline.Text).RootElement;
        Assert.False(root.TryGetProperty("groups", out _));
        Assert.Equal("default", Assert.Single(root.GetProperty("pipelines").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains("'Sales Pipeline' (id 'default')", noPipeline.Text, StringComparison.Ordinal);
        Assert.True(noPipeline.IsError);
        Assert.True(noMatch.IsError);
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Succeeded, AuditOutcome.Invalid, AuditOutcome.Invalid], tools.Audit.Entries.Select(entry => entry.Outcome));
    }

    private static async Task<string> CreateAsync(EmulatedToolSet tools, string objectType, string properties)
    {
        var created = await tools.CallAsync(Records, "admin", $$"""{"action": "create", "objectType": "{{objectType}}", "properties": {{properties}}}""");
        Assert.False(created.IsError, created.Text);
        return JsonDocument.Parse(created.Text).RootElement.GetProperty("id").GetString()!;
    }
}
