namespace Spoke.Agents.Tools.Schemas;

/// <summary>
/// JSON Schema fragments of the tools' answers, for their MCP <c>outputSchema</c>. Compact and without descriptions: the
/// model pays for every byte on every turn, and the tool descriptions already say what each answer holds. Objects stay
/// open to new members, so a tool can add one without breaking a client that validates.
/// </summary>
internal static class ResultSchemas
{
    /// <summary>Property values by name, as HubSpot returns them (text); defined as <c>#/$defs/values</c>.</summary>
    public const string ValuesDefinition = """{"type":"object","additionalProperties":{"type":"string"}}""";

    /// <summary>A record as <c>ResultJson.WriteRecord</c> writes it; defined as <c>#/$defs/record</c>, and needs <c>values</c>.</summary>
    public const string RecordDefinition =
        """{"type":"object","properties":{"id":{"type":"string"},"properties":{"$ref":"#/$defs/values"},"createdAt":{"type":"string"},"updatedAt":{"type":"string"},"archived":{"type":"boolean"}},"required":["id","properties"]}""";

    /// <summary>The <c>$defs</c> member with <c>record</c> and <c>values</c>.</summary>
    public const string RecordDefinitions = "\"$defs\":{\"record\":" + RecordDefinition + ",\"values\":" + ValuesDefinition + "}";
}
