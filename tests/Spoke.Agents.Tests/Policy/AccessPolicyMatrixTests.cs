using Spoke.Agents.Policy;
using Spoke.Agents.Tests.Fakes;

namespace Spoke.Agents.Tests.Policy;

public sealed class AccessPolicyMatrixTests
{
    private static readonly ObjectTypeResolver ObjectTypes = ObjectTypeResolver.FromSnapshots(ToolHarness.SnapshotDirectory);

    private static readonly AccessPolicy Policy = PolicyFileReader.Parse(ToolHarness.DefaultPolicy, ObjectTypes);

    [Theory]
    [InlineData("support-bot", "tickets", "Read", true)]
    [InlineData("support-bot", "tickets", "Write", true)]
    [InlineData("support-bot", "tickets", "Delete", false)]
    [InlineData("support-bot", "contacts", "Read", true)]
    [InlineData("support-bot", "contacts", "Write", false)]
    [InlineData("support-bot", "deals", "Read", false)]
    [InlineData("analyst", "deals", "Read", true)]
    [InlineData("analyst", "shipment", "Read", true)]
    [InlineData("analyst", "deals", "Write", false)]
    [InlineData("admin", "companies", "Delete", true)]
    [InlineData("stranger", "contacts", "Read", false)]
    public void Decides_per_agent_object_and_operation(string agent, string objectType, string operation, bool allowed)
    {
        Assert.True(ObjectTypes.TryResolve(objectType, out var resolved));
        var decision = Policy.Evaluate(agent, resolved, Enum.Parse<RecordOperation>(operation), []);

        Assert.Equal(allowed, decision.IsAllowed);
        Assert.Equal(allowed, decision.Reason.Length == 0);
    }

    [Fact]
    public void Property_lists_restrict_writes_and_name_the_offenders()
    {
        var allowed = Policy.Evaluate("careful", CrmObjectType.Contacts, RecordOperation.Write, ["firstname"]);
        var denied = Policy.Evaluate("careful", CrmObjectType.Contacts, RecordOperation.Write, ["firstname", "lastname", "email"]);

        Assert.True(allowed.IsAllowed);
        Assert.False(denied.IsAllowed);
        Assert.Contains("email, lastname", denied.Reason, StringComparison.Ordinal);
        Assert.Contains("Properties it may write: firstname, lastname", denied.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_denial_of_many_long_property_names_stays_short()
    {
        var names = Enumerable.Range(0, 500).Select(index => $"p{index}_" + new string('x', 1_000)).ToList();

        var denied = Policy.Evaluate("careful", CrmObjectType.Contacts, RecordOperation.Write, names);

        Assert.Contains("and 480 more", denied.Reason, StringComparison.Ordinal);
        Assert.True(denied.Reason.Length < 4_000, denied.Reason.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Denial_says_what_the_agent_may_do_instead()
    {
        var decision = Policy.Evaluate("support-bot", CrmObjectType.Deals, RecordOperation.Write, []);

        Assert.Contains("Object types it may read: contacts, tickets", decision.Reason, StringComparison.Ordinal);
    }
}
