using System.Text.Json;
using Spoke.Agents.Policy;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Policy;

public sealed class PolicyFileReaderTests
{
    [Fact]
    public void Reads_levels_and_fine_grained_rules()
    {
        var policy = PolicyFileReader.Parse("""
            {"agents": {
              "support-bot": {"tickets": "write", "contacts": "read"},
              "ops": {"deals": {"access": "write", "delete": true, "denyProperties": ["amount"]}}
            }}
            """);

        var ops = policy.Agents.Single(agent => agent.Name == "ops").RuleFor(CrmObjectType.Deals);
        Assert.Equal(AccessLevel.Write, ops.Access);
        Assert.True(ops.AllowDelete);
        Assert.False(ops.MayWriteProperty("amount"));
        Assert.True(ops.MayWriteProperty("dealname"));
        Assert.Equal(AccessLevel.Read, policy.Agents.Single(agent => agent.Name == "support-bot").RuleFor(CrmObjectType.Contacts).Access);
    }

    [Theory]
    [InlineData("""{"agents": {"a": {"contacts": "admin"}}}""", "$.agents.a.contacts is \"admin\"")]
    [InlineData("""{"agents": {"a": {"contacts": {"delete": true}}}}""", "$.agents.a.contacts.access is required")]
    [InlineData("""{"agents": {"a": {"contacts": {"access": "read", "delete": true}}}}""", "needs \"access\": \"write\"")]
    [InlineData("""{"agent": {}}""", "$.agent is not a known setting")]
    [InlineData("""{"agents": {"a": {"contacts": {"access": "write", "allow": []}}}}""", "$.agents.a.contacts.allow is not a known rule setting")]
    [InlineData("""{"agents": {"a": {"*": "read"}}, "keys": {"secret": "a"}}""", "is not a SHA-256 hex digest")]
    [InlineData("""{"agents": {"a": {"*": "read"}}, "keys": {"0000000000000000000000000000000000000000000000000000000000000000": "b"}}""", "names agent 'b'")]
    [InlineData("""{"agents": [}""", "is not valid JSON")]
    [InlineData("""{"agents": {"a": {"owners": "write"}}}""", "$.agents.a.owners is \"write\", but owners are only read")]
    [InlineData("""{"agents": {"a": {"owners": {"access": "read"}}}}""", "$.agents.a.owners must be \"none\" or \"read\"")]
    public void Rejects_invalid_files_with_the_path_and_the_fix(string json, string expected)
    {
        var exception = Assert.Throws<PolicyFileException>(() => PolicyFileReader.Parse(json, source: "policy.json"));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("policy.json", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"agents": {"a": {"*": "write"}}}""", AccessLevel.Read)]
    [InlineData("""{"agents": {"a": {"*": "read", "owners": "none"}}}""", AccessLevel.None)]
    [InlineData("""{"agents": {"a": {"contacts": "write", "owners": "read"}}}""", AccessLevel.Read)]
    [InlineData("""{"agents": {"a": {"contacts": "write"}}}""", AccessLevel.None)]
    public void Owners_are_read_when_the_owners_key_or_else_the_star_rule_allows_reading(string json, AccessLevel expected)
    {
        var agent = PolicyFileReader.Parse(json).Agents.Single();

        Assert.Equal(expected, agent.OwnersAccess);
        Assert.Equal(expected == AccessLevel.Read, PolicyFileReader.Parse(json).EvaluateOwners("a").IsAllowed);
    }

    [Theory]
    [InlineData("contactz")]
    [InlineData("contacts ")]
    [InlineData("0-01")]
    [InlineData("2-999")]
    [InlineData("shipment")]
    [InlineData("p8675309_shipment")]
    public void A_key_that_names_no_known_object_type_is_rejected_with_the_agent_and_the_known_types(string key)
    {
        var exception = Assert.Throws<PolicyFileException>(() =>
            PolicyFileReader.Parse(Agents($"\"deals\": \"read\", {JsonSerializer.Serialize(key)}: \"none\", \"*\": \"write\""), source: "policy.json"));

        Assert.Contains($"'{key}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("agent 'ops'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("contacts (0-1)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("line_items (0-8)", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contact", "contacts")]
    [InlineData("0-1", "Contacts")]
    [InlineData("deals", "DEAL")]
    public void Two_keys_naming_one_object_type_are_rejected(string first, string second)
    {
        var exception = Assert.Throws<PolicyFileException>(() =>
            PolicyFileReader.Parse(Agents($"\"{first}\": \"none\", \"{second}\": \"write\""), source: "policy.json"));

        Assert.Contains($"$.agents.ops.{second}", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"'{first}'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shipment")]
    [InlineData("P8675309_SHIPMENT")]
    [InlineData("p_shipment")]
    [InlineData("2-3465404")]
    public void Custom_object_keys_resolve_through_the_snapshots(string key)
    {
        var policy = PolicyFileReader.Parse(Agents($"{JsonSerializer.Serialize(key)}: \"read\""), ObjectTypeResolver.FromSnapshots(ToolHarness.SnapshotDirectory));

        var rule = Assert.Single(policy.Agents.Single().Rules);
        Assert.Equal(("shipment", "2-3465404", AccessLevel.Read), (rule.Key.Name, rule.Key.TypeId, rule.Value.Access));
    }

    [Fact]
    public void A_misspelt_custom_object_key_lists_the_custom_objects_too()
    {
        var exception = Assert.Throws<PolicyFileException>(() =>
            PolicyFileReader.Parse(Agents("\"p8675309_shipmnt\": \"write\""), ObjectTypeResolver.FromSnapshots(ToolHarness.SnapshotDirectory), source: "policy.json"));

        Assert.Contains("shipment (2-3465404)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spelling_two_object_types_share_is_refused_as_key_and_resolves_by_type_id()
    {
        var directory = Directory.CreateTempSubdirectory("spoke-snapshots-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "schemas.json"), """
                {"results": [{"name": "contact", "objectTypeId": "2-100", "properties": []}]}
                """);
            var objectTypes = ObjectTypeResolver.FromSnapshots(directory);

            var exception = Assert.Throws<PolicyFileException>(() => PolicyFileReader.Parse(Agents("\"contact\": \"read\""), objectTypes));
            var policy = PolicyFileReader.Parse(Agents("\"2-100\": \"write\", \"0-1\": \"none\""), objectTypes);

            Assert.Contains("use the type id", exception.Message, StringComparison.Ordinal);
            Assert.False(objectTypes.TryResolve("CONTACT", out _));
            Assert.Equal(AccessLevel.Write, policy.Agents.Single().RuleFor(CrmObjectType.Custom("contact", "2-100")).Access);
            Assert.Equal(AccessLevel.None, policy.Agents.Single().RuleFor(CrmObjectType.Contacts).Access);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Missing_file_is_a_clear_error()
    {
        var exception = await Assert.ThrowsAsync<PolicyFileException>(() => PolicyFileReader.ReadAsync("/nonexistent/policy.json"));

        Assert.Contains("Cannot read the policy file '/nonexistent/policy.json'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bearer_keys_map_to_agents_by_hash()
    {
        // SHA-256 of "key-1".
        var policy = PolicyFileReader.Parse("""
            {"agents": {"analyst": {"*": "read"}},
             "keys": {"7e1a4c2e2b1d6ac1b7d25f2d1e43b7e1b7b3b0b8fb6ba4d4fc1d1d0f1f6b1c1e": "analyst"}}
            """);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("key-1"u8));
        var real = PolicyFileReader.Parse($$$"""{"agents": {"analyst": {"*": "read"}}, "keys": {"{{{hash}}}": "analyst"}}""");

        Assert.Null(policy.AgentForKey("key-1"));
        Assert.Equal("analyst", real.AgentForKey("key-1"));
        Assert.Null(real.AgentForKey("key-2"));
        Assert.True(real.HasKeys);
    }

    private static string Agents(string opsRules) => "{\"agents\": {\"ops\": {" + opsRules + "}}}";
}
