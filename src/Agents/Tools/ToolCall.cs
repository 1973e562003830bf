using Spoke.Agents.Audit;
using Spoke.Agents.Confirmation;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools.Arguments;

namespace Spoke.Agents.Tools;

/// <summary>One tool call in progress: its arguments, the calling agent, and what the audit entry will say.</summary>
internal sealed class ToolCall
{
    public ToolCall(string agent, ToolServices services)
    {
        Agent = agent;
        Services = services;
    }

    public string Agent { get; }

    public string ToolName { get; init; } = string.Empty;

    /// <summary>Who confirms a write the policy marks for confirmation; none means nobody can be asked.</summary>
    public IConfirmationChannel? Confirmations { get; init; }

    /// <summary>The person's answer, when the call needed confirmation.</summary>
    public ConfirmationAnswer? Confirmation { get; set; }

    /// <summary>The writes the policy allowed, in the order they were checked.</summary>
    public List<(CrmObjectType ObjectType, RecordOperation Operation)> AllowedWrites { get; } = [];

    /// <summary>Whether the call removes associations (which the policy may ask a person to confirm).</summary>
    public bool IsAssociationRemoval => ToolName == ManageAssociationsTool.ToolName && Action == "remove";

    /// <summary>The arguments, once read; none before.</summary>
    public ToolArguments Arguments { get; set; } = new(default);

    public ToolServices Services { get; }

    public string Action { get; set; } = "unknown";

    public string? ObjectType { get; set; }

    public bool IsDryRun { get; set; }

    public List<string> RecordIds { get; } = [];

    public List<PropertyChange> Changes { get; } = [];

    /// <summary>Set when HubSpot refused some or all records of a call that went on: failed or partial, never succeeded.</summary>
    public AuditOutcome? Outcome { get; private set; }

    /// <summary>What the agent is told about the refused records; the audit keeps it as the error.</summary>
    public string? Error { get; private set; }

    /// <summary>The records HubSpot refused, with its reasons.</summary>
    public List<RecordFailure> Failures { get; } = [];

    /// <summary>Marks the call failed (nothing written) or partial (something written) because HubSpot refused records.</summary>
    public void Refused(bool somethingWritten, string error, IEnumerable<RecordFailure> failures)
    {
        Outcome = somethingWritten ? AuditOutcome.Partial : AuditOutcome.Failed;
        Error = error;
        Failures.AddRange(failures);
    }

    /// <summary>
    /// Asks a person to confirm the call's writes when the policy says so, just before writing; a refusal ends the call
    /// with a tool error and nothing written.
    /// </summary>
    public Task ConfirmWritesAsync(CancellationToken cancellationToken) => WriteConfirmationGate.ConfirmAsync(this, cancellationToken);

    /// <summary>Checks the policy before any HubSpot call; a denial ends the call with a tool error.</summary>
    public void Authorize(CrmObjectType objectType, RecordOperation operation, IReadOnlyCollection<string>? writtenProperties = null) =>
        Authorize(objectType, operation, writtenProperties ?? [], context: string.Empty);

    /// <summary>Checks that the agent may look up the account's owners; a denial ends the call with a tool error.</summary>
    public void AuthorizeOwners() => ThrowIfDenied(Services.Policy.EvaluateOwners(Agent), context: string.Empty);

    /// <summary>
    /// Checks the property names a call reads (filters, sorts, properties to return, idProperty): each must be a plain
    /// name of <paramref name="objectType"/>, whose read access the caller checked, or <c>associations.{type}</c>, which
    /// needs read access to that type too.
    /// </summary>
    public void AuthorizeReads(CrmObjectType objectType, IEnumerable<(string Path, string Name)> properties)
    {
        foreach (var (path, name) in properties)
        {
            var readType = PropertyNames.ReadType(name, path, objectType, Services.Catalog.ObjectTypeResolver);
            if (readType != objectType)
            {
                Authorize(readType, RecordOperation.Read, [], $"'{path}' is '{name}', which reads {readType.Name}. ");
            }
        }
    }

    private void Authorize(CrmObjectType objectType, RecordOperation operation, IReadOnlyCollection<string> writtenProperties, string context)
    {
        ThrowIfDenied(Services.Policy.Evaluate(Agent, objectType, operation, writtenProperties), context);
        if (operation != RecordOperation.Read)
        {
            AllowedWrites.Add((objectType, operation));
        }
    }

    private static void ThrowIfDenied(PolicyDecision decision, string context)
    {
        if (!decision.IsAllowed)
        {
            throw new ToolCallException(AuditOutcome.Denied, context + decision.Reason);
        }
    }
}
