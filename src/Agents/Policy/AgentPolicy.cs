namespace Spoke.Agents.Policy;

/// <summary>The rules for one agent: one per object type, plus an optional <c>*</c> rule for every other type.</summary>
public sealed class AgentPolicy
{
    /// <summary>The key that applies a rule to every object type without a rule of its own.</summary>
    public const string AnyObjectType = "*";

    /// <summary>The key of the rule for reading the account's owners (users records are assigned to) in a policy file.</summary>
    public const string OwnersKey = "owners";

    private readonly Dictionary<CrmObjectType, ObjectAccessRule> _rules;

    /// <summary>Creates the rules for one agent.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="rules">Rules by object type; a type matches whatever spelling a call uses, since types are equal by type id.</param>
    /// <param name="otherObjectTypes">The <c>*</c> rule for every object type without its own rule; none when <see langword="null"/>.</param>
    public AgentPolicy(string name, IReadOnlyDictionary<CrmObjectType, ObjectAccessRule> rules, ObjectAccessRule? otherObjectTypes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        Name = name;
        _rules = new Dictionary<CrmObjectType, ObjectAccessRule>(rules);
        OtherObjectTypes = otherObjectTypes;
    }

    /// <summary>The agent's name, as written in the policy file and the audit log.</summary>
    public string Name { get; }

    /// <summary>The rules of the object types the policy names.</summary>
    public IReadOnlyDictionary<CrmObjectType, ObjectAccessRule> Rules => _rules;

    /// <summary>The <c>*</c> rule, for every object type without a rule of its own; <see langword="null"/> when the policy has none.</summary>
    public ObjectAccessRule? OtherObjectTypes { get; }

    /// <summary>
    /// Whether the agent may look up the account's owners (names and emails of the users records can be assigned to):
    /// <see cref="AccessLevel.Read"/> or <see cref="AccessLevel.None"/>. <see langword="null"/> leaves it to the <c>*</c> rule:
    /// an agent that may read every other object type may read owners too.
    /// </summary>
    public AccessLevel? Owners { get; init; }

    /// <summary>The access the agent has to owners, which are only read: <see cref="Owners"/>, else read when the <c>*</c> rule allows reading, else none.</summary>
    internal AccessLevel OwnersAccess => Owners ?? (OtherObjectTypes?.Access >= AccessLevel.Read ? AccessLevel.Read : AccessLevel.None);

    /// <summary>The rule for an object type: its own, else the <c>*</c> rule, else <see cref="ObjectAccessRule.Denied"/>.</summary>
    /// <param name="objectType">The object type, resolved from whatever spelling the caller used.</param>
    /// <returns>The rule that applies.</returns>
    internal ObjectAccessRule RuleFor(CrmObjectType objectType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return _rules.GetValueOrDefault(objectType) ?? OtherObjectTypes ?? ObjectAccessRule.Denied;
    }

    /// <summary>The object types this agent may at least read, for error messages that say what is possible.</summary>
    /// <returns>The names, sorted; <c>*</c> (all others) when the <c>*</c> rule allows reading.</returns>
    internal IReadOnlyList<string> ReadableObjectTypes() =>
        [.. _rules.Where(rule => rule.Value.Access >= AccessLevel.Read).Select(rule => rule.Key.Name)
            .Concat(OtherObjectTypes?.Access >= AccessLevel.Read ? [AnyObjectType] : [])
            .Order(StringComparer.Ordinal)];
}
