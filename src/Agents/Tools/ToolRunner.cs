using System.Diagnostics;
using System.Text.Json;
using Spoke.Agents.Audit;
using Spoke.Agents.Confirmation;
using Spoke.Agents.Tools.Arguments;
using Spoke.Agents.Tools.Results;

namespace Spoke.Agents.Tools;

/// <summary>
/// Runs one tool call the same way for MCP and for <c>AIFunction</c>s: read the arguments, let the tool check the policy
/// and call HubSpot, turn failures into actionable tool errors, and write exactly one audit line whatever happened.
/// </summary>
internal sealed class ToolRunner
{
    private readonly ToolServices _services;

    public ToolRunner(ToolServices services)
    {
        _services = services;
    }

    /// <param name="tool">The tool.</param>
    /// <param name="agent">The calling agent.</param>
    /// <param name="readArguments">Turns the caller's arguments into JSON; run inside the call, so a failure is an audited tool error.</param>
    /// <param name="confirmations">Who confirms a write the policy marks for confirmation; <see langword="null"/> when nobody can be asked.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ToolResult> RunAsync(HubSpotTool tool, string agent, Func<JsonElement> readArguments, IConfirmationChannel? confirmations, CancellationToken cancellationToken = default)
    {
        var started = _services.Time.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        var exchange = HubSpotExchange.Begin();
        var call = new ToolCall(agent, _services) { ToolName = tool.Name, Confirmations = confirmations };
        var result = new ToolResult("The call was cancelled before it finished.", IsError: true);
        var outcome = AuditOutcome.Failed;
        string? unexpected = null;
        HubSpotException? failure = null;
        try
        {
            call.Arguments = ToolArguments.Read(readArguments);
            result = new ToolResult(await tool.ExecuteAsync(call, cancellationToken).ConfigureAwait(false), IsError: call.Outcome is not null);
            outcome = call.Outcome ?? (call.IsDryRun ? AuditOutcome.DryRun : AuditOutcome.Succeeded);
        }
        catch (ToolCallException exception)
        {
            result = new ToolResult(exception.Message, IsError: true);
            outcome = exception.Outcome;
        }
        catch (HubSpotException exception)
        {
            failure = exception;
            result = new ToolResult(HubSpotErrorAdvice.Describe(exception, call), IsError: true);
            outcome = AuditOutcome.Failed;
        }
        catch (ArgumentException exception)
        {
            // The runtime's own checks (HubSpot limits, malformed ids) reject input before sending; the model can fix it.
            result = new ToolResult(ToolCallException.Invalid(exception, string.Empty, "Fix the arguments and retry.").Message, IsError: true);
            outcome = AuditOutcome.Invalid;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // A defect, not the agent's doing: the agent gets no exception text or stack trace; the audit keeps the type and message.
            unexpected = $"Unexpected {exception.GetType().FullName}: {exception.Message}";
            result = new ToolResult(
                "The call failed inside Spoke before it finished; the operator has the details in the audit log. If it was a write, check with get or search whether it happened before retrying.",
                IsError: true);
        }
        finally
        {
            // Written even when the caller gave up, so that nothing done in HubSpot goes unrecorded.
            await _services.Audit.WriteAsync(
                new AuditEntry
                {
                    Time = started,
                    Agent = agent,
                    Tool = tool.Name,
                    Action = call.Action,
                    ObjectType = call.ObjectType,
                    RecordIds = [.. call.RecordIds.Distinct(StringComparer.Ordinal)],
                    Changes = call.Changes,
                    RecordFailures = call.Failures,
                    Outcome = outcome,
                    Confirmation = call.Confirmation,
                    HubSpotStatus = failure is { Status: > 0 } ? failure.Status : exchange.Status,
                    CorrelationId = failure?.CorrelationId ?? exchange.CorrelationId,
                    Error = unexpected ?? call.Error ?? (result.IsError ? result.Text : null),
                    Duration = stopwatch.Elapsed,
                },
                CancellationToken.None).ConfigureAwait(false);
        }

        return result;
    }
}
