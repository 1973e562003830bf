using System.Security.Cryptography;
using System.Text;

namespace Spoke.Agents.Policy;

/// <summary>
/// Which agent may do what, object type by object type. Default deny: an agent or object type the policy does not
/// name gets no access. Load one with <see cref="PolicyFileReader"/>.
/// </summary>
public sealed class AccessPolicy
{
    private const int MaxListedNames = 20;
    private const int MaxNameLength = 100;

    private readonly IReadOnlyDictionary<string, AgentPolicy> _agents;
    private readonly IReadOnlyDictionary<string, string> _agentByKeyHash;

    /// <summary>Creates a policy.</summary>
    /// <param name="agents">The agents by name (case-sensitive, as callers identify themselves).</param>
    /// <param name="agentByKeyHash">For HTTP: the agent name for each SHA-256 hash (lowercase hex) of a bearer key.</param>
    public AccessPolicy(IEnumerable<AgentPolicy> agents, IReadOnlyDictionary<string, string>? agentByKeyHash = null)
    {
        ArgumentNullException.ThrowIfNull(agents);
        _agents = agents.ToDictionary(agent => agent.Name, StringComparer.Ordinal);
        _agentByKeyHash = new Dictionary<string, string>(agentByKeyHash ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The agents the policy names.</summary>
    public IReadOnlyCollection<AgentPolicy> Agents => [.. _agents.Values];

    /// <summary>Whether any bearer keys are configured (needed to serve over HTTP).</summary>
    internal bool HasKeys => _agentByKeyHash.Count > 0;

    /// <summary>The agent a bearer key belongs to, compared by SHA-256 so the policy file never holds the key itself.</summary>
    /// <param name="bearerKey">The key the HTTP client sent.</param>
    /// <returns>The agent name, or <see langword="null"/> for an unknown key.</returns>
    internal string? AgentForKey(string bearerKey)
    {
        ArgumentNullException.ThrowIfNull(bearerKey);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bearerKey)));
        return _agentByKeyHash.TryGetValue(hash, out var agent) ? agent : null;
    }

    /// <summary>The rule that applies to an agent and object type; <see cref="ObjectAccessRule.Denied"/> for an agent the policy does not name.</summary>
    internal ObjectAccessRule RuleFor(string agentName, CrmObjectType objectType) =>
        _agents.TryGetValue(agentName, out var agent) ? agent.RuleFor(objectType) : ObjectAccessRule.Denied;

    /// <summary>Decides whether an agent may perform an operation on an object type, writing the given properties.</summary>
    /// <param name="agentName">The calling agent.</param>
    /// <param name="objectType">The object type, resolved from the call's spelling (see <see cref="ObjectTypeResolver"/>).</param>
    /// <param name="operation">What the call does.</param>
    /// <param name="writtenProperties">The properties a write sets; empty for reads and deletes.</param>
    /// <returns>The decision, with a reason the model can act on when denied.</returns>
    internal PolicyDecision Evaluate(string agentName, CrmObjectType objectType, RecordOperation operation, IReadOnlyCollection<string> writtenProperties)
    {
        ArgumentNullException.ThrowIfNull(agentName);
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(writtenProperties);
        if (!_agents.TryGetValue(agentName, out var agent))
        {
            return UnknownAgent(agentName);
        }

        var rule = agent.RuleFor(objectType);
        var needed = operation == RecordOperation.Read ? AccessLevel.Read : AccessLevel.Write;
        if (rule.Access < needed)
        {
            return PolicyDecision.Deny(
                $"Agent '{agentName}' has {Describe(rule.Access)} access to '{objectType}' and may not {Verb(operation)} it. "
                + $"Object types it may read: {DescribeReadable(agent)}.");
        }

        if (operation == RecordOperation.Delete && !rule.AllowDelete)
        {
            return PolicyDecision.Deny($"Agent '{agentName}' may write '{objectType}' records but not delete them. Update the record instead, or ask the operator for delete rights.");
        }

        var forbidden = writtenProperties.Where(property => !rule.MayWriteProperty(property)).Order(StringComparer.Ordinal).ToList();
        if (forbidden.Count > 0)
        {
            var allowedHint = rule.AllowedProperties.Count > 0
                ? $" Properties it may write: {string.Join(", ", rule.AllowedProperties.Order(StringComparer.Ordinal))}."
                : string.Empty;
            return PolicyDecision.Deny($"Agent '{agentName}' may not write these '{objectType}' properties: {Names(forbidden)}. Remove them and retry.{allowedHint}");
        }

        return PolicyDecision.Allow;
    }

    /// <summary>Decides whether an agent may look up the account's owners.</summary>
    /// <param name="agentName">The calling agent.</param>
    /// <returns>The decision, with a reason the model can act on when denied.</returns>
    internal PolicyDecision EvaluateOwners(string agentName)
    {
        ArgumentNullException.ThrowIfNull(agentName);
        if (!_agents.TryGetValue(agentName, out var agent))
        {
            return UnknownAgent(agentName);
        }

        return agent.OwnersAccess >= AccessLevel.Read
            ? PolicyDecision.Allow
            : PolicyDecision.Deny(
                $"Agent '{agentName}' may not look up HubSpot owners (the policy gives it no \"{AgentPolicy.OwnersKey}\": \"read\"). "
                + "To assign a record, ask the user for the owner id, or ask the operator for owners access.");
    }

    /// <summary>The agent's own rules, for telling it what it may do; <see langword="null"/> for an agent the policy does not name.</summary>
    /// <param name="agentName">The calling agent.</param>
    /// <returns>The agent's rules, or <see langword="null"/>.</returns>
    internal AgentPolicy? Find(string agentName) => _agents.GetValueOrDefault(agentName);

    /// <summary>The denial for an agent the policy does not name.</summary>
    /// <param name="agentName">The calling agent.</param>
    /// <returns>The denial.</returns>
    internal static PolicyDecision UnknownAgent(string agentName) =>
        PolicyDecision.Deny($"Agent '{agentName}' is not in the access policy, so it may not call HubSpot. Ask the operator to add it.");

    // The names come from the call and may be many and long: enough to act on, not a flood.
    private static string Names(IReadOnlyList<string> names)
    {
        var listed = string.Join(", ", names.Take(MaxListedNames).Select(name => name.Length <= MaxNameLength ? name : name[..MaxNameLength] + "…"));
        return names.Count <= MaxListedNames ? listed : $"{listed} and {names.Count - MaxListedNames} more";
    }

    private static string Describe(AccessLevel level) => level switch
    {
        AccessLevel.None => "no",
        AccessLevel.Read => "read-only",
        _ => "write",
    };

    private static string Verb(RecordOperation operation) => operation switch
    {
        RecordOperation.Read => "read",
        RecordOperation.Write => "change",
        _ => "delete from",
    };

    private static string DescribeReadable(AgentPolicy agent)
    {
        var readable = agent.ReadableObjectTypes();
        return readable.Count == 0 ? "none" : string.Join(", ", readable);
    }
}
