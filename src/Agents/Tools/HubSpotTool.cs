using System.Buffers;
using System.Text.Json;
using Spoke.Agents.Tools.Arguments;

namespace Spoke.Agents.Tools;

/// <summary>One of the four HubSpot tools: its name, description, input schema and behaviour, independent of MCP or AIFunction.</summary>
internal abstract class HubSpotTool
{
    private JsonElement? _inputSchema;

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

    protected ToolServices Services { get; }

    /// <summary>Runs the call: checks the policy through <paramref name="call"/>, calls HubSpot, returns compact JSON.</summary>
    public abstract Task<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken = default);

    /// <summary>Writes the members of the schema's <c>properties</c> object and returns the required argument names.</summary>
    protected abstract IReadOnlyList<string> WriteArgumentSchemas(Utf8JsonWriter writer);

    /// <summary>Writes schema rules that depend on the object type (property names and options from the snapshots).</summary>
    protected virtual void WriteConditionalSchemas(Utf8JsonWriter writer)
    {
    }

    protected CrmObjectType ResolveObjectType(ToolCall call, string argumentName)
    {
        var objectType = ObjectTypeArgument.Resolve(Services.Catalog.ObjectTypeResolver, call.Arguments.RequiredString(argumentName, ObjectTypeHint), argumentName);
        call.ObjectType ??= objectType.Name;
        return objectType;
    }

    protected string ObjectTypeHint
    {
        get
        {
            var custom = Services.Catalog.ObjectTypeResolver.ObjectTypes.Where(type => type.IsCustom).Select(type => $"{type.Name} ({type.TypeId})").ToList();
            return "an object type name such as "
                + string.Join(", ", Services.Catalog.ObjectTypes.Where(type => type.TypeId is null).Select(type => type.Name).DefaultIfEmpty("contacts"))
                + ", its singular (contact) or its type id (0-1)"
                + (custom.Count == 0 ? "." : "; custom objects: " + string.Join(", ", custom) + ".");
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
            WriteConditionalSchemas(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
