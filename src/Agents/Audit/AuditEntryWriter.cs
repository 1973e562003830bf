using System.Buffers;
using System.Text.Json;
using Spoke.Agents.Confirmation;
using Spoke.Agents.Text;

namespace Spoke.Agents.Audit;

/// <summary>
/// Turns an audit entry into one compact JSON line. Text an agent sent may hold unpaired surrogates, which a JSON writer
/// refuses; they are written as U+FFFD so that no argument can keep a call from being audited.
/// </summary>
internal static class AuditEntryWriter
{
    public static byte[] ToJsonLine(AuditEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("time", entry.Time.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("agent", Text(entry.Agent));
            writer.WriteString("tool", Text(entry.Tool));
            writer.WriteString("action", Text(entry.Action));
            WriteOptional(writer, "objectType", entry.ObjectType);
            writer.WriteStartArray("recordIds");
            foreach (var id in entry.RecordIds)
            {
                writer.WriteStringValue(Text(id));
            }

            writer.WriteEndArray();
            if (entry.Changes.Count > 0)
            {
                WriteChanges(writer, entry.Changes);
            }

            if (entry.RecordFailures.Count > 0)
            {
                WriteRecordFailures(writer, entry.RecordFailures);
            }

            writer.WriteString("outcome", OutcomeName(entry.Outcome));
            if (entry.Confirmation is { } confirmation)
            {
                writer.WriteString("confirmation", ConfirmationName(confirmation));
            }

            if (entry.HubSpotStatus is { } status)
            {
                writer.WriteNumber("hubspotStatus", status);
            }

            WriteOptional(writer, "correlationId", entry.CorrelationId);
            WriteOptional(writer, "error", entry.Error);
            writer.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteChanges(Utf8JsonWriter writer, IReadOnlyList<PropertyChange> changes)
    {
        writer.WriteStartArray("changes");
        foreach (var change in changes)
        {
            writer.WriteStartObject();
            WriteOptional(writer, "recordId", change.RecordId);
            writer.WriteString("property", Text(change.Property));
            writer.WriteString("old", Text(change.OldValue));
            writer.WriteString("new", Text(change.NewValue));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteRecordFailures(Utf8JsonWriter writer, IReadOnlyList<RecordFailure> failures)
    {
        writer.WriteStartArray("recordFailures");
        foreach (var failure in failures)
        {
            writer.WriteStartObject();
            writer.WriteString("recordId", Text(failure.RecordId));
            writer.WriteString("message", Text(failure.Message));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, Text(value));
        }
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    private static string? Text(string? value) => value is null ? null : UntrustedText.WellFormed(value);

    private static string ConfirmationName(ConfirmationAnswer answer) => answer switch
    {
        ConfirmationAnswer.Accepted => "accepted",
        ConfirmationAnswer.Declined => "declined",
        ConfirmationAnswer.Cancelled => "cancelled",
        _ => "unavailable",
    };

    private static string OutcomeName(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "succeeded",
        AuditOutcome.DryRun => "dryRun",
        AuditOutcome.Denied => "denied",
        AuditOutcome.Invalid => "invalid",
        AuditOutcome.Partial => "partial",
        AuditOutcome.Rejected => "rejected",
        _ => "failed",
    };
}
