using System.Text.Json;
using Spoke.Agents.Audit;
using Spoke.Agents.Policy;
using Spoke.Agents.Tools.Results;

namespace Spoke.Agents.Tools;

/// <summary>
/// <c>get_hubspot_access</c>: what the calling agent may do, so it stops guessing: its own rules in the policy (object types,
/// levels, delete, property lists, owners) and the scopes HubSpot granted the token. A call works only when both allow it.
/// </summary>
internal sealed class GetAccessTool : HubSpotTool
{
    public const string ToolName = "get_hubspot_access";

    public GetAccessTool(ToolServices services)
        : base(services)
    {
    }

    public override string Name => ToolName;

    public override string Title => "Get my HubSpot access";

    public override string Description =>
        "What you may do in HubSpot: your policy's object types with their access (read, write, delete, properties you may or may not write), "
        + "owners access, and the token's scopes. A call works only when both allow it; call this instead of guessing.";

    public override bool IsReadOnly => true;

    public override bool IsDestructive => false;

    public override async Task<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken = default)
    {
        call.Action = "access";
        var agent = Services.Policy.Find(call.Agent) ?? throw new ToolCallException(AuditOutcome.Denied, AccessPolicy.UnknownAgent(call.Agent).Reason);
        var (scopes, scopeProblem) = await ReadScopesAsync(cancellationToken).ConfigureAwait(false);
        return ResultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("agent", agent.Name);
            writer.WriteStartArray("objectTypes");
            foreach (var (objectType, rule) in agent.Rules.OrderBy(pair => pair.Key.Name, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("objectType", objectType.Name);
                writer.WriteString("typeId", objectType.TypeId);
                WriteRule(writer, rule);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("otherObjectTypes");
            WriteRule(writer, agent.OtherObjectTypes ?? ObjectAccessRule.Denied);
            writer.WriteEndObject();
            writer.WriteString("owners", Level(agent.OwnersAccess));
            writer.WriteStartObject("token");
            if (scopes is not null)
            {
                writer.WriteStartArray("scopes");
                foreach (var scope in scopes)
                {
                    writer.WriteStringValue(scope);
                }

                writer.WriteEndArray();
            }
            else
            {
                writer.WriteString("scopesUnknown", scopeProblem);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    protected override string OutputSchemaJson { get; } =
        """{"type":"object","properties":{"agent":{"type":"string"},"objectTypes":{"type":"array","items":{"type":"object"}},"otherObjectTypes":{"type":"object"},"owners":{"type":"string"},"token":{"type":"object"}},"required":["agent","objectTypes","owners","token"]}""";

    protected override IReadOnlyList<string> WriteArgumentSchemas(Utf8JsonWriter writer) => [];

    private async Task<(IReadOnlyList<string>? Scopes, string? Problem)> ReadScopesAsync(CancellationToken cancellationToken)
    {
        try
        {
            return ((await Services.HubSpot.Account.GetAccessTokenInfoAsync(cancellationToken).ConfigureAwait(false)).Scopes, null);
        }
        catch (NotSupportedException)
        {
            return (null, "HubSpot describes OAuth tokens only with the token in a URL, which Spoke does not send; the policy above still applies.");
        }
        catch (Exception exception) when (exception is HubSpotException or JsonException)
        {
            return (null, $"HubSpot did not describe the token ({(exception is HubSpotException failure ? HubSpotErrorAdvice.Summarize(failure) : "an unreadable answer")}); the policy above still applies.");
        }
    }

    private static void WriteRule(Utf8JsonWriter writer, ObjectAccessRule rule)
    {
        writer.WriteString("access", Level(rule.Access));
        if (rule.AllowDelete)
        {
            writer.WriteBoolean("delete", true);
        }

        WriteNames(writer, "allowProperties", rule.AllowedProperties);
        WriteNames(writer, "denyProperties", rule.DeniedProperties);
    }

    private static void WriteNames(Utf8JsonWriter writer, string name, IReadOnlySet<string> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var property in names.Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(property);
        }

        writer.WriteEndArray();
    }

    private static string Level(AccessLevel level) => level switch
    {
        AccessLevel.Read => "read",
        AccessLevel.Write => "write",
        _ => "none",
    };
}
