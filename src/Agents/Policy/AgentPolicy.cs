namespace Spoke.Agents.Policy;

/// <summary>The rules for one agent: one per object type, plus an optional <c>*</c> rule for every other type.</summary>
public sealed class AgentPolicy
{
    /// <summary>The key that applies a rule to every object type without a rule of its own.</summary>
    public const string AnyObjectType = "*";

    private readonly IReadOnlyDictionary<string, ObjectAccessRule> _rules;

    /// <summary>Creates the rules for one agent.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="rules">Rules keyed by object type name (case-insensitive) or <see cref="AnyObjectType"/>.</param>
    public AgentPolicy(string name, IReadOnlyDictionary<string, ObjectAccessRule> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        Name = name;
        _rules = new Dictionary<string, ObjectAccessRule>(rules, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The agent's name, as written in the policy file and the audit log.</summary>
    public string Name { get; }

    /// <summary>The rules keyed by object type name or <see cref="AnyObjectType"/>.</summary>
    public IReadOnlyDictionary<string, ObjectAccessRule> Rules => _rules;

    /// <summary>The rule for an object type: its own, else the <c>*</c> rule, else <see cref="ObjectAccessRule.Denied"/>.</summary>
    /// <param name="objectType">The object type name.</param>
    /// <returns>The rule that applies.</returns>
    public ObjectAccessRule RuleFor(string objectType) =>
        _rules.TryGetValue(objectType, out var rule) ? rule
        : _rules.TryGetValue(AnyObjectType, out var any) ? any
        : ObjectAccessRule.Denied;

    /// <summary>The object types this agent may at least read, for error messages that say what is possible.</summary>
    /// <returns>The names, sorted; <c>*</c> when every type is readable.</returns>
    public IReadOnlyList<string> ReadableObjectTypes() =>
        [.. _rules.Where(rule => rule.Value.Access >= AccessLevel.Read).Select(rule => rule.Key).Order(StringComparer.Ordinal)];
}
