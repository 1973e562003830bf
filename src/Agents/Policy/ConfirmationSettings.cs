using System.Text.Json;

namespace Spoke.Agents.Policy;

/// <summary>Reads the <c>"confirm"</c> and <c>"confirmBatchesOver"</c> settings of a policy rule.</summary>
internal static class ConfirmationSettings
{
    private static readonly IReadOnlyDictionary<string, ConfirmedOperations> Operations = new Dictionary<string, ConfirmedOperations>(StringComparer.Ordinal)
    {
        ["write"] = ConfirmedOperations.Write,
        ["delete"] = ConfirmedOperations.Delete,
        ["removeAssociation"] = ConfirmedOperations.RemoveAssociation,
    };

    private const string OperationHint = "Use \"write\" (every write), \"delete\" (archiving records) or \"removeAssociation\" (unlinking records).";

    /// <summary>The largest batch size a rule may name: a batch holds at most <see cref="HubSpotLimits.MaxBatchSize"/> records.</summary>
    private const int MaxBatchSize = HubSpotLimits.MaxBatchSize - 1;

    public static ConfirmedOperations ReadOperations(JsonElement value, string source, string path)
    {
        PolicyFileReader.Require(value.ValueKind == JsonValueKind.Array, source, path, $"must be an array of operations, e.g. [\"delete\"]. {OperationHint}");
        var operations = ConfirmedOperations.None;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            var name = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
            if (!Operations.TryGetValue(name, out var operation))
            {
                throw PolicyFileReader.Invalid(source, itemPath, $"is \"{name}\", which is not an operation. {OperationHint}");
            }

            operations |= operation;
        }

        return operations;
    }

    public static int ReadBatchSize(JsonElement value, string source, string path)
    {
        var valid = value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var size) && size is >= 1 and <= MaxBatchSize;
        PolicyFileReader.Require(valid, source, path,
            $"must be a whole number from 1 to {MaxBatchSize}: an upsert of more records than this is confirmed (a batch holds at most {HubSpotLimits.MaxBatchSize}).");
        return value.GetInt32();
    }

    /// <summary>Confirming deletes the rule does not allow would never ask anyone: a mistake worth naming.</summary>
    public static void RequireDeleteAllowed(JsonElement rule, ConfirmedOperations confirm, bool allowDelete, string source, string path)
    {
        if (!confirm.HasFlag(ConfirmedOperations.Delete) || allowDelete)
        {
            return;
        }

        var index = rule.GetProperty("confirm").EnumerateArray().TakeWhile(item => item.ValueKind != JsonValueKind.String || item.GetString() != "delete").Count();
        throw PolicyFileReader.Invalid(source, $"{path}.confirm[{index}]",
            "is \"delete\", but the rule does not allow deleting, so there is nothing to confirm. Add \"delete\": true, or remove \"delete\" from the list.");
    }
}
