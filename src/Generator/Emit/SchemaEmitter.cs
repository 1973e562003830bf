using System.Globalization;
using System.Text;
using Spoke.Generator.Model;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Emit;

/// <summary>
/// Emits the record's <c>GeneratedSchema</c>: the snapshot's names, labels, types, groups and picklist options (descriptions left
/// out to keep the code small), which the runtime compares with the live schema to report drift at start-up. The schema is one
/// JSON literal in HubSpot's own properties format, read on first use: thousands of object initializers cost seconds of build.
/// </summary>
internal static class SchemaEmitter
{
    // A string literal costs the compiler little; a UTF-8 literal costs it a bound node per byte (about 70 bytes of compiler
    // memory per byte of JSON). But string literals share the assembly's 16 MB user-string heap, so a schema larger than this
    // (in UTF-16 code units) is a UTF-8 literal: no account, however many large objects it has, can exhaust the heap.
    private const int StringLiteralLimit = 256 * 1024;

    public static GeneratedFile Emit(ObjectSpec spec)
    {
        var writer = FileHeader.Open(spec.Namespace);
        writer.OpenBlock("partial class " + spec.RecordName + " : global::Spoke.Schema.IGeneratedSchema");
        writer.WriteLine("private static global::Spoke.Schema.CrmObjectSchema? " + GeneratedMembers.GeneratedSchemaField + ";");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine(
            "public static global::Spoke.Schema.CrmObjectSchema " + GeneratedMembers.GeneratedSchema + " => " + GeneratedMembers.GeneratedSchemaField
            + " ??= global::Spoke.Schema.CrmObjectSchema.FromPropertiesJson(");
        writer.Indent();
        writer.WriteLine(GeneratedMembers.ObjectType + ",");
        var json = PropertiesJson(spec);
        writer.WriteLine(CSharpText.Literal(json), json.Length > StringLiteralLimit ? "u8);" : ");");
        writer.Outdent();
        writer.CloseBlock();
        return new GeneratedFile(spec.SnapshotName + "." + spec.RecordName + ".Schema.g.cs", FileHeader.Close(writer));
    }

    private static string PropertiesJson(ObjectSpec spec)
    {
        var json = new StringBuilder(spec.Properties.Count * 160);
        json.Append("{\"results\":[");
        var firstProperty = true;
        foreach (var property in spec.Properties)
        {
            json.Append(firstProperty ? "{" : ",{");
            firstProperty = false;
            AppendMember(json, "name", property.WireName).Append(',');
            AppendMember(json, "label", property.Label).Append(',');
            AppendMember(json, "type", property.Type).Append(',');
            AppendMember(json, "fieldType", property.FieldType).Append(',');
            AppendMember(json, "groupName", property.GroupName ?? string.Empty);
            // The runtime's reader takes an absent flag as false, so only true ones are written.
            if (property.Hidden)
            {
                json.Append(",\"hidden\":true");
            }

            if (property.ReadOnly)
            {
                json.Append(",\"modificationMetadata\":{\"readOnlyValue\":true}");
            }

            if (property.Enum is { } picklist && HasListedOptions(picklist))
            {
                AppendOptions(json, picklist);
            }

            json.Append('}');
        }

        return json.Append("]}").ToString();
    }

    private static void AppendOptions(StringBuilder json, EnumSpec picklist)
    {
        json.Append(",\"options\":[");
        var order = 0;
        foreach (var member in picklist.Members)
        {
            if (member.IsStage)
            {
                continue;
            }

            json.Append(order == 0 ? "{" : ",{");
            AppendMember(json, "value", member.WireValue).Append(',');
            AppendMember(json, "label", member.Label);
            json.Append(",\"displayOrder\":").Append((order++).ToString(CultureInfo.InvariantCulture));
            json.Append(member.Hidden ? ",\"hidden\":true}" : "}");
        }

        json.Append(']');
    }

    // HubSpot lists no options for a stage property; stages from a pipelines snapshot would read as drift at start-up.
    private static bool HasListedOptions(EnumSpec picklist)
    {
        foreach (var member in picklist.Members)
        {
            if (!member.IsStage)
            {
                return true;
            }
        }

        return false;
    }

    private static StringBuilder AppendMember(StringBuilder json, string name, string value) =>
        JsonText.AppendString(json.Append('"').Append(name).Append("\":"), value);
}
