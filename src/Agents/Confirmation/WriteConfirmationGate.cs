using Spoke.Agents.Audit;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools;

namespace Spoke.Agents.Confirmation;

/// <summary>
/// Stops a write the policy marks for confirmation until a person accepts it. Called by a tool after its checks and dry
/// run, just before it writes, so that the question shows exactly what will be written.
/// </summary>
internal static class WriteConfirmationGate
{
    public static async Task ConfirmAsync(ToolCall call, CancellationToken cancellationToken)
    {
        var reasons = Reasons(call);
        if (reasons.Count == 0)
        {
            return;
        }

        var message = ConfirmationMessage.Write(call, reasons);
        var request = new WriteConfirmationRequest(call.Agent, call.ToolName, call.Action, call.ObjectType, [.. call.RecordIds], [.. call.Changes], reasons, message);
        var reply = call.Confirmations is null
            ? new ConfirmationReply(ConfirmationAnswer.Unavailable, "nothing can ask a person here")
            : await call.Confirmations.AskAsync(request, cancellationToken).ConfigureAwait(false);
        call.Confirmation = reply.Answer;
        if (reply.Answer == ConfirmationAnswer.Accepted)
        {
            return;
        }

        var what = $"{call.ToolName} {call.Action}";
        throw new ToolCallException(AuditOutcome.Denied, reply.Answer switch
        {
            ConfirmationAnswer.Declined => $"The user declined this {what}, so nothing was written. Do not retry it unless the user asks you to.",
            ConfirmationAnswer.Cancelled => $"The user dismissed the confirmation of this {what} without accepting, so nothing was written. Ask the user before trying again.",
            _ => $"This {what} needs a person's confirmation under the access policy ({string.Join("; ", reasons)}), but {reply.Detail}, so nothing was written. "
                + "Use an MCP client that supports elicitation (form mode), or ask the operator to change the policy. A dry run (dryRun: true) needs no confirmation.",
        });
    }

    private static List<string> Reasons(ToolCall call)
    {
        var reasons = new List<string>();
        foreach (var (objectType, operation) in call.AllowedWrites.Distinct())
        {
            var rule = call.Services.Policy.RuleFor(call.Agent, objectType);
            if (rule.Confirm.HasFlag(ConfirmedOperations.Write))
            {
                reasons.Add($"every write to {objectType.Name}");
            }
            else if (operation == RecordOperation.Delete && rule.Confirm.HasFlag(ConfirmedOperations.Delete))
            {
                reasons.Add($"deletes of {objectType.Name}");
            }
            else if (call.IsAssociationRemoval && rule.Confirm.HasFlag(ConfirmedOperations.RemoveAssociation))
            {
                reasons.Add($"association removals on {objectType.Name}");
            }

            if (call.Action == "upsert" && rule.ConfirmBatchesOver is { } limit && call.RecordIds.Distinct(StringComparer.Ordinal).Count() > limit)
            {
                reasons.Add($"upserts of more than {limit} {objectType.Name} records");
            }
        }

        return [.. reasons.Distinct(StringComparer.Ordinal)];
    }
}
