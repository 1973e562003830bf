using Spoke.Agents.Policy;

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

        var ops = policy.Agents.Single(agent => agent.Name == "ops").RuleFor("deals");
        Assert.Equal(AccessLevel.Write, ops.Access);
        Assert.True(ops.AllowDelete);
        Assert.False(ops.MayWriteProperty("amount"));
        Assert.True(ops.MayWriteProperty("dealname"));
        Assert.Equal(AccessLevel.Read, policy.Agents.Single(agent => agent.Name == "support-bot").RuleFor("CONTACTS").Access);
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
    public void Rejects_invalid_files_with_the_path_and_the_fix(string json, string expected)
    {
        var exception = Assert.Throws<PolicyFileException>(() => PolicyFileReader.Parse(json, "policy.json"));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("policy.json", exception.Message, StringComparison.Ordinal);
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
}
