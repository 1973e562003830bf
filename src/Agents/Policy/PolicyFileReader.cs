using System.Text.Json;
using Spoke.Text;

namespace Spoke.Agents.Policy;

/// <summary>
/// Reads and validates a policy file such as
/// <c>{"agents": {"support-bot": {"tickets": "write", "contacts": "read"}, "analyst": {"*": "read"}}}</c>.
/// A rule is either a level (<c>none</c>, <c>read</c>, <c>write</c>) or an object
/// <c>{"access": "write", "delete": true, "allowProperties": [...], "denyProperties": [...], "confirm": ["delete"], "confirmBatchesOver": 10}</c>.
/// The key <c>owners</c> (<c>none</c> or <c>read</c>) decides whether the agent may look up the account's owners; without it the
/// <c>*</c> rule decides. An optional <c>"keys"</c> object maps the SHA-256 hex of an HTTP bearer key to an agent name.
/// Object types may be spelled any way HubSpot accepts (see <see cref="ObjectTypeResolver"/>); a key naming no known
/// object type, or the same type as another key of the agent, is rejected, since its rule would otherwise never apply.
/// </summary>
public static class PolicyFileReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private const string LevelHint = "Use \"none\", \"read\" or \"write\".";

    /// <summary>Reads a policy file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="objectTypes">
    /// The object types rules may name, e.g. <see cref="ObjectTypeResolver.FromSnapshots"/> for the custom objects of a snapshot
    /// folder; <see langword="null"/> for HubSpot's standard object types only (<see cref="ObjectTypeResolver.Standard"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The validated policy.</returns>
    /// <exception cref="PolicyFileException">The file is missing, unreadable or invalid, or names an unknown object type.</exception>
    public static async Task<AccessPolicy> ReadAsync(string path, ObjectTypeResolver? objectTypes = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new PolicyFileException($"Cannot read the policy file '{path}': {exception.Message}", exception);
        }

        return Parse(json, objectTypes, path);
    }

    /// <summary>Parses policy JSON.</summary>
    /// <param name="json">The policy document.</param>
    /// <param name="objectTypes">
    /// The object types rules may name, e.g. <see cref="ObjectTypeResolver.FromSnapshots"/>; <see langword="null"/> for HubSpot's
    /// standard object types only (<see cref="ObjectTypeResolver.Standard"/>).
    /// </param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>The validated policy.</returns>
    /// <exception cref="PolicyFileException">The JSON is malformed, breaks the format or names an unknown object type.</exception>
    public static AccessPolicy Parse(string json, ObjectTypeResolver? objectTypes = null, string source = "policy")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        objectTypes ??= ObjectTypeResolver.Standard;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new PolicyFileException($"{source} is not valid JSON: {JsonErrorText.Describe(exception)}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            Require(root.ValueKind == JsonValueKind.Object, source, "$", "must be a JSON object with an \"agents\" object.");
            foreach (var member in root.EnumerateObject())
            {
                Require(member.NameEquals("agents") || member.NameEquals("keys"), source, $"$.{member.Name}", "is not a known setting. The policy has \"agents\" and, for HTTP, \"keys\".");
            }

            Require(root.TryGetProperty("agents", out var agents) && agents.ValueKind == JsonValueKind.Object, source, "$.agents",
                "is required and must map agent names to their rules, e.g. {\"support-bot\": {\"tickets\": \"write\"}}.");
            var policies = agents.EnumerateObject().Select(agent => ReadAgent(agent, objectTypes, source)).ToList();
            var keys = root.TryGetProperty("keys", out var keyElement) ? ReadKeys(keyElement, policies, source) : null;
            return new AccessPolicy(policies, keys);
        }
    }

    private static AgentPolicy ReadAgent(JsonProperty agent, ObjectTypeResolver objectTypes, string source)
    {
        var path = $"$.agents.{agent.Name}";
        Require(!string.IsNullOrWhiteSpace(agent.Name), source, path, "has an empty agent name.");
        Require(agent.Value.ValueKind == JsonValueKind.Object, source, path,
            "must map object types to rules, e.g. {\"contacts\": \"read\", \"*\": \"none\"}.");
        var rules = new Dictionary<CrmObjectType, ObjectAccessRule>();
        var keyOf = new Dictionary<CrmObjectType, string>();
        ObjectAccessRule? otherObjectTypes = null;
        AccessLevel? owners = null;
        foreach (var objectRule in agent.Value.EnumerateObject())
        {
            var rulePath = $"{path}.{objectRule.Name}";
            if (objectRule.NameEquals(AgentPolicy.OwnersKey))
            {
                Require(objectRule.Value.ValueKind == JsonValueKind.String, source, rulePath, "must be \"none\" or \"read\": owners are only read.");
                owners = ReadLevel(objectRule.Value, source, rulePath);
                Require(owners != AccessLevel.Write, source, rulePath, "is \"write\", but owners are only read (assigning a record writes its owner property). Use \"read\".");
                continue;
            }

            var rule = ReadRule(objectRule.Value, source, rulePath);
            if (objectRule.NameEquals(AgentPolicy.AnyObjectType))
            {
                Require(otherObjectTypes is null, source, rulePath, "appears twice.");
                otherObjectTypes = rule;
                continue;
            }

            var objectType = objectTypes.Resolve(objectRule.Name, out var problem)
                ?? throw Invalid(source, rulePath,
                    $"is '{objectRule.Name}', which {problem}, so the rule of agent '{agent.Name}' would never apply. Known object types: {objectTypes.DescribeKnown()}. "
                    + "Write a name (contacts), its singular (contact) or type id (0-1), or for a custom object its name, type id or fully qualified name; "
                    + "custom objects are known from the schema snapshots (--schemas).");
            if (!keyOf.TryAdd(objectType, objectRule.Name))
            {
                throw Invalid(source, rulePath, $"names {ObjectTypeResolver.Describe(objectType)}, as '{keyOf[objectType]}' already does for agent '{agent.Name}'. Keep one rule per object type.");
            }

            rules[objectType] = rule;
        }

        return new AgentPolicy(agent.Name, rules, otherObjectTypes) { Owners = owners };
    }

    private static ObjectAccessRule ReadRule(JsonElement rule, string source, string path)
    {
        if (rule.ValueKind == JsonValueKind.String)
        {
            return ObjectAccessRule.FromLevel(ReadLevel(rule, source, path));
        }

        Require(rule.ValueKind == JsonValueKind.Object, source, path, $"must be a level or an object with \"access\". {LevelHint}");
        AccessLevel? access = null;
        var allowDelete = false;
        IReadOnlySet<string> allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        IReadOnlySet<string> denied = allowed;
        var confirm = ConfirmedOperations.None;
        int? confirmBatchesOver = null;
        foreach (var setting in rule.EnumerateObject())
        {
            var settingPath = $"{path}.{setting.Name}";
            switch (setting.Name)
            {
                case "access":
                    access = ReadLevel(setting.Value, source, settingPath);
                    break;
                case "delete":
                    Require(setting.Value.ValueKind is JsonValueKind.True or JsonValueKind.False, source, settingPath, "must be true or false.");
                    allowDelete = setting.Value.GetBoolean();
                    break;
                case "allowProperties":
                    allowed = ReadNames(setting.Value, source, settingPath);
                    break;
                case "denyProperties":
                    denied = ReadNames(setting.Value, source, settingPath);
                    break;
                case "confirm":
                    confirm = ConfirmationSettings.ReadOperations(setting.Value, source, settingPath);
                    break;
                case "confirmBatchesOver":
                    confirmBatchesOver = ConfirmationSettings.ReadBatchSize(setting.Value, source, settingPath);
                    break;
                default:
                    throw Invalid(source, settingPath,
                        "is not a known rule setting. Use \"access\", \"delete\", \"allowProperties\", \"denyProperties\", \"confirm\" or \"confirmBatchesOver\".");
            }
        }

        Require(access is not null, source, $"{path}.access", $"is required. {LevelHint}");
        Require(!allowDelete || access == AccessLevel.Write, source, $"{path}.delete", "needs \"access\": \"write\".");
        Require((allowed.Count == 0 && denied.Count == 0) || access == AccessLevel.Write, source, path,
            "has property lists but no write access; property lists only restrict writes.");
        Require(confirm == ConfirmedOperations.None || access == AccessLevel.Write, source, $"{path}.confirm", "needs \"access\": \"write\"; only writes are confirmed.");
        Require(confirmBatchesOver is null || access == AccessLevel.Write, source, $"{path}.confirmBatchesOver", "needs \"access\": \"write\"; only writes are confirmed.");
        ConfirmationSettings.RequireDeleteAllowed(rule, confirm, allowDelete, source, path);
        return new ObjectAccessRule(access!.Value, allowDelete, allowed, denied) { Confirm = confirm, ConfirmBatchesOver = confirmBatchesOver };
    }

    private static AccessLevel ReadLevel(JsonElement value, string source, string path)
    {
        Require(value.ValueKind == JsonValueKind.String, source, path, $"must be a string. {LevelHint}");
        return value.GetString() switch
        {
            "none" => AccessLevel.None,
            "read" => AccessLevel.Read,
            "write" => AccessLevel.Write,
            var other => throw Invalid(source, path, $"is \"{other}\", which is not a level. {LevelHint}"),
        };
    }

    private static HashSet<string> ReadNames(JsonElement value, string source, string path)
    {
        Require(value.ValueKind == JsonValueKind.Array, source, path, "must be an array of property names.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in value.EnumerateArray())
        {
            Require(item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()), source, path, "must hold only non-empty property names.");
            names.Add(item.GetString()!);
        }

        return names;
    }

    private static Dictionary<string, string> ReadKeys(JsonElement keys, IReadOnlyList<AgentPolicy> agents, string source)
    {
        Require(keys.ValueKind == JsonValueKind.Object, source, "$.keys",
            "must map the SHA-256 hex of each bearer key to an agent name (compute it with: printf %s \"$KEY\" | sha256sum).");
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys.EnumerateObject())
        {
            var path = $"$.keys.{key.Name}";
            Require(key.Name.Length == 64 && key.Name.All(Uri.IsHexDigit), source, path,
                "is not a SHA-256 hex digest (64 hex characters). Store the hash of the key, never the key itself.");
            Require(key.Value.ValueKind == JsonValueKind.String, source, path, "must be the name of an agent.");
            var agent = key.Value.GetString()!;
            Require(agents.Any(candidate => candidate.Name == agent), source, path, $"names agent '{agent}', which is not under \"agents\".");
            result[key.Name] = agent;
        }

        return result;
    }

    internal static void Require(bool condition, string source, string path, string problem)
    {
        if (!condition)
        {
            throw Invalid(source, path, problem);
        }
    }

    internal static PolicyFileException Invalid(string source, string path, string problem) =>
        new($"{source}: {path} {problem}");
}
