using System.Buffers;
using System.Text.Json;
using Spoke.Agents.Tools.Arguments;
using Spoke.Agents.Tools.Schemas;

namespace Spoke.Agents.Tools;

/// <summary>One of the HubSpot tools: its name, description, input and output schemas and behaviour, independent of MCP or AIFunction.</summary>
internal abstract class HubSpotTool
{
    private JsonElement? _inputSchema;
    private JsonElement? _outputSchema;

    protected HubSpotTool(ToolServices services)
    {
        Services = services;
    }

    public abstract string Name { get; }

    public abstract string Title { get; }

    public abstract string Description { get; }

    /// <summary>Whether the tool never changes HubSpot.</summary>
    public abstract bool IsReadOnly { get; }

    /// <summary>Whether the tool can delete or unlink data.</summary>
    public abstract bool IsDestructive { get; }

    /// <summary>The JSON Schema of the arguments, built once.</summary>
    public JsonElement InputSchema => _inputSchema ??= BuildSchema();

    /// <summary>
    /// The JSON Schema of every JSON answer the tool gives (successes, and refusals that carry records), served as MCP's
    /// <c>outputSchema</c>; answers are sent as <c>structuredContent</c> too.
    /// </summary>
    public JsonElement OutputSchema => _outputSchema ??= ParseSchema(OutputSchemaJson);

    protected ToolServices Services { get; }

    /// <summary>Runs the call: checks the policy through <paramref name="call"/>, calls HubSpot, returns compact JSON.</summary>
    public abstract Task<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken = default);

    /// <summary>Writes the members of the schema's <c>properties</c> object and returns the required argument names.</summary>
    protected abstract IReadOnlyList<string> WriteArgumentSchemas(Utf8JsonWriter writer);

    /// <summary>The output schema as compact JSON text; it must describe an object and compile under ajv's strict mode.</summary>
    protected abstract string OutputSchemaJson { get; }

    /// <summary>The arguments each action needs, written into the input schema; none for a tool without actions.</summary>
    protected virtual IReadOnlyList<ActionArguments> ActionRequirements => [];

    protected CrmObjectType ResolveObjectType(ToolCall call, string argumentName)
    {
        var objectType = ObjectTypeArgument.Resolve(Services.Catalog.ObjectTypeResolver, call.Arguments.RequiredString(argumentName, "an object type such as " + ObjectTypeHint), argumentName);
        call.ObjectType ??= objectType.Name;
        return objectType;
    }

    /// <summary>The object types of the snapshots, e.g. "companies, contacts or shipment (2-3465404); a singular (contact) or type id (0-1) also works."</summary>
    protected string ObjectTypeHint
    {
        get
        {
            var names = Services.Catalog.ObjectTypes.Where(type => type.TypeId is null).Select(type => type.Name).DefaultIfEmpty("contacts")
                .Concat(Services.Catalog.ObjectTypeResolver.ObjectTypes.Where(type => type.IsCustom).Select(type => $"{type.Name} ({type.TypeId})"))
                .ToList();
            var listed = names.Count == 1 ? names[0] : string.Join(", ", names.SkipLast(1)) + " or " + names[^1];
            return listed + "; a singular (contact) or type id (0-1) also works.";
        }
    }

    private JsonElement BuildSchema()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            var required = WriteArgumentSchemas(writer);
            writer.WriteEndObject();
            writer.WriteStartArray("required");
            foreach (var name in required)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            if (ActionRequirements.Count > 0)
            {
                SchemaWriter.RequiredByAction(writer, "action", ActionRequirements);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static JsonElement ParseSchema(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
