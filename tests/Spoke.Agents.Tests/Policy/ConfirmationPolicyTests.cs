using Spoke.Agents.Policy;

namespace Spoke.Agents.Tests.Policy;

public sealed class ConfirmationPolicyTests
{
    [Fact]
    public void Reads_what_each_rule_asks_a_person_to_confirm()
    {
        var policy = PolicyFileReader.Parse("""
            {"agents": {"ops": {
              "deals": {"access": "write", "delete": true, "confirm": ["delete", "removeAssociation"]},
              "contacts": {"access": "write", "confirm": ["write"], "confirmBatchesOver": 10},
              "*": "read"
            }}}
            """);

        var ops = policy.Agents.Single();
        Assert.Equal(ConfirmedOperations.Delete | ConfirmedOperations.RemoveAssociation, ops.RuleFor(CrmObjectType.Deals).Confirm);
        Assert.Null(ops.RuleFor(CrmObjectType.Deals).ConfirmBatchesOver);
        Assert.Equal(ConfirmedOperations.Write, ops.RuleFor(CrmObjectType.Contacts).Confirm);
        Assert.Equal(10, ops.RuleFor(CrmObjectType.Contacts).ConfirmBatchesOver);
        Assert.Equal(ConfirmedOperations.None, ops.RuleFor(CrmObjectType.Companies).Confirm);
    }

    [Theory]
    [InlineData("""{"access": "write", "confirm": "delete"}""", "$.agents.ops.deals.confirm must be an array")]
    [InlineData("""{"access": "write", "confirm": ["erase"]}""", "$.agents.ops.deals.confirm[0] is \"erase\", which is not an operation")]
    [InlineData("""{"access": "write", "confirm": [1]}""", "$.agents.ops.deals.confirm[0] is \"1\", which is not an operation")]
    [InlineData("""{"access": "write", "confirm": ["delete"]}""", "$.agents.ops.deals.confirm[0] is \"delete\", but the rule does not allow deleting")]
    [InlineData("""{"access": "read", "confirm": ["write"]}""", "$.agents.ops.deals.confirm needs \"access\": \"write\"")]
    [InlineData("""{"access": "read", "confirmBatchesOver": 5}""", "$.agents.ops.deals.confirmBatchesOver needs \"access\": \"write\"")]
    [InlineData("""{"access": "write", "confirmBatchesOver": 100}""", "$.agents.ops.deals.confirmBatchesOver must be a whole number from 1 to 99")]
    [InlineData("""{"access": "write", "confirmBatchesOver": 0}""", "must be a whole number from 1 to 99")]
    [InlineData("""{"access": "write", "confirmBatchesOver": 2.5}""", "must be a whole number from 1 to 99")]
    [InlineData("""{"access": "write", "confirmBatchesOver": "10"}""", "must be a whole number from 1 to 99")]
    public void Rejects_invalid_confirmation_settings_with_the_path_and_the_fix(string rule, string expected)
    {
        var exception = Assert.Throws<PolicyFileException>(() =>
            PolicyFileReader.Parse("{\"agents\": {\"ops\": {\"deals\": " + rule + "}}}", source: "policy.json"));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("policy.json: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confirmation_setting_is_named_in_the_unknown_setting_hint()
    {
        var exception = Assert.Throws<PolicyFileException>(() =>
            PolicyFileReader.Parse("""{"agents": {"ops": {"deals": {"access": "write", "confirmation": true}}}}"""));

        Assert.Contains("\"confirm\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"confirmBatchesOver\"", exception.Message, StringComparison.Ordinal);
    }
}
