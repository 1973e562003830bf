using System.Globalization;
using System.Text;
using Spoke.Agents.Text;
using Spoke.Agents.Tools;

namespace Spoke.Agents.Confirmation;

/// <summary>The question put to a person: which agent asks to write what, value by value, and which policy rule asks them.</summary>
internal static class ConfirmationMessage
{
    /// <summary>The values listed in the question; a larger batch names how many more there are.</summary>
    private const int MaxListedChanges = 50;

    public static string Write(ToolCall call, IReadOnlyList<string> reasons)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Agent {UntrustedText.Quote(call.Agent)} asks to ");
        if (call.ToolName == ManageAssociationsTool.ToolName)
        {
            DescribeAssociation(call, text);
        }
        else
        {
            DescribeRecords(call, text);
        }

        return text.Append(CultureInfo.InvariantCulture, $"\nThe access policy asks a person to confirm {string.Join("; ", reasons)}. Accept to go ahead; decline or cancel and nothing is written.")
            .ToString();
    }

    private static void DescribeRecords(ToolCall call, StringBuilder text)
    {
        var type = call.ObjectType;
        var ids = call.RecordIds.Distinct(StringComparer.Ordinal).ToList();
        switch (call.Action)
        {
            case "delete":
                text.Append(CultureInfo.InvariantCulture, $"delete (archive) the {type} record {Id(ids[0])}.");
                return;
            case "create":
                text.Append(CultureInfo.InvariantCulture, $"create a {type} record with these values:");
                break;
            case "update":
                text.Append(CultureInfo.InvariantCulture, $"update the {type} record {Id(ids[0])}:");
                break;
            default:
                text.Append(CultureInfo.InvariantCulture,
                    $"upsert {ids.Count} {type} records by {UntrustedText.Quote(call.Arguments.OptionalString("idProperty") ?? string.Empty)} (creating those that do not exist, updating the others):");
                break;
        }

        foreach (var change in call.Changes.Take(MaxListedChanges))
        {
            text.Append("\n- ");
            if (call.Action == "upsert")
            {
                text.Append(CultureInfo.InvariantCulture, $"{Id(change.RecordId ?? string.Empty)}: ");
            }

            text.Append(CultureInfo.InvariantCulture, $"{UntrustedText.Quote(change.Property)}: ");
            if (call.Action == "update")
            {
                text.Append(CultureInfo.InvariantCulture, $"{Value(change.OldValue)} → ");
            }

            text.Append(Value(change.NewValue));
        }

        if (call.Changes.Count > MaxListedChanges)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- … and {call.Changes.Count - MaxListedChanges} more values");
        }

        foreach (var (objectType, _) in call.AllowedWrites.Skip(1))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- and associate it with a {objectType.Name} record");
        }
    }

    private static void DescribeAssociation(ToolCall call, StringBuilder text)
    {
        var from = $"the {call.AllowedWrites[0].ObjectType.Name} record {Id(call.RecordIds[0])}";
        var to = $"the {call.AllowedWrites[^1].ObjectType.Name} record {Id(call.RecordIds[^1])}";
        var label = call.Arguments.OptionalString("label") is { } name
            ? $"the label {UntrustedText.Quote(name)}"
            : call.Arguments.Has("associationTypeId") ? $"the association type {call.Arguments.OptionalInt("associationTypeId", 0, 1, int.MaxValue)}" : null;
        text.Append(call.IsAssociationRemoval
            ? label is null ? $"remove EVERY association between {from} and {to}." : $"remove {label} between {from} and {to} (the records stay associated)."
            : $"associate {from} with {to}{(label is null ? string.Empty : $" as {label}")}.");
    }

    private static string Id(string id) => UntrustedText.Quote(id);

    private static string Value(string? value) => value is null ? "(empty)" : UntrustedText.Quote(value);
}
