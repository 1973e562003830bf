using System.Globalization;
using System.Text;
using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>
/// Emits the record's <c>GeneratedSchema</c>: the snapshot's names, labels, types, groups and picklist options (descriptions left
/// out to keep the code small), which the runtime compares with the live schema to report drift at start-up. The schema is one
/// UTF-8 literal in HubSpot's own properties format, read on first use: thousands of object initializers cost seconds of build.
/// </summary>
internal static class SchemaEmitter
{
    public static GeneratedFile Emit(ObjectSpec spec)
    {
        var writer = FileHeader.Open(spec.Namespace);
        writer.OpenBlock("partial class " + spec.RecordName + " : global::Spoke.Schema.IGeneratedSchema");
        writer.WriteLine("private static global::Spoke.Schema.CrmObjectSchema? s_generatedSchema;");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public static global::Spoke.Schema.CrmObjectSchema GeneratedSchema => s_generatedSchema ??= global::Spoke.Schema.CrmObjectSchema.FromPropertiesJson(");
        writer.Indent();
        writer.WriteLine("ObjectType,");
        writer.WriteLine(CSharpText.Literal(PropertiesJson(spec)), "u8);");
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
            json.Append(",\"hidden\":").Append(property.Hidden ? "true" : "false");
            json.Append(",\"modificationMetadata\":{\"readOnlyValue\":").Append(property.ReadOnly ? "true" : "false").Append('}');
            if (property.Enum is { } picklist)
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
            json.Append(order == 0 ? "{" : ",{");
            AppendMember(json, "value", member.WireValue).Append(',');
            AppendMember(json, "label", member.Label);
            json.Append(",\"displayOrder\":").Append((order++).ToString(CultureInfo.InvariantCulture));
            json.Append(",\"hidden\":").Append(member.Hidden ? "true" : "false").Append('}');
        }

        json.Append(']');
    }

    private static StringBuilder AppendMember(StringBuilder json, string name, string value) =>
        JsonText.AppendString(json.Append('"').Append(name).Append("\":"), value);
}
