using System.Globalization;
using Spoke.Generator.Model;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Emit;

/// <summary>Emits the record type: its layout, typed properties, the property decoder, name constants and search entry points.</summary>
internal static class RecordEmitter
{
    public static GeneratedFile Emit(ObjectSpec spec)
    {
        var writer = FileHeader.Open(spec.Namespace);
        var record = PropertyTypes.Qualified(spec, spec.RecordName);
        var fields = PropertyTypes.Qualified(spec, spec.FieldsName);
        var query = "global::Spoke.Search.SearchQuery<" + record + ", " + fields + ">";
        DocWriter.Summary(writer, "A HubSpot " + CSharpText.Doc(spec.ObjectName) + " record (object type <c>" + CSharpText.Doc(spec.TypeId) + "</c>), generated from snapshot <c>" + CSharpText.Doc(spec.SnapshotName) + "</c>.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public sealed partial class " + spec.RecordName + " : global::Spoke.CrmRecord, global::Spoke.ICrmObject<" + record + ">");

        WriteLayout(writer, spec);
        writer.WriteLine();
        DocWriter.Summary(writer, "Creates an empty record; records come from HubSpot through <see cref=\"" + record + "." + GeneratedMembers.ReadFrom + "\"/> and the client.");
        writer.WriteLine("public " + spec.RecordName + "()");
        writer.WriteLine("    : base(" + GeneratedMembers.Layout + ")");
        writer.WriteLine("{");
        writer.WriteLine("}");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public static global::Spoke.CrmObjectType " + GeneratedMembers.ObjectType + " { get; } = ", ObjectTypeExpression(spec), ";");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> " + GeneratedMembers.PropertyNames + " => " + GeneratedMembers.Layout + ".PropertyNames;");

        var index = 0;
        foreach (var property in spec.Properties)
        {
            writer.WriteLine();
            DocWriter.Property(writer, property);
            var getter = PropertyTypes.GetterExpression(spec, property, (index++).ToString(CultureInfo.InvariantCulture));
            writer.WriteLine("public ", PropertyTypes.MemberType(spec, property), " ", property.MemberName, " => " + getter + ";");
        }

        writer.WriteLine();
        DocWriter.Summary(writer, "Starts a typed search with one filter group; add more groups with <c>Or</c>.");
        writer.WriteLine("/// <param name=\"group\">Builds the group, for example <c>c =&gt; c.SomeProperty.Eq(...)</c>.</param>");
        writer.WriteLine("public static " + query + " " + GeneratedMembers.Where + "(global::System.Func<" + fields + ", global::Spoke.Search.SearchFilterGroup> group) => " + query + ".Where(group);");
        writer.WriteLine();
        DocWriter.Summary(writer, "A typed search with no filters, to sort, select properties or run a full-text query.");
        writer.WriteLine("public static " + query + " " + GeneratedMembers.Search + " => " + query + ".Empty;");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine("public static " + record + " " + GeneratedMembers.ReadFrom + "(ref global::System.Text.Json.Utf8JsonReader reader) => global::Spoke.Wire.CrmRecordReader.Read(ref reader, new " + record + "());");

        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public static bool " + GeneratedMembers.TryDecodeProperty + "(string propertyName, string? wireValue, out object? value) => " + GeneratedMembers.Layout + ".TryDecode(propertyName, wireValue, out value);");
        WritePropertyNameConstants(writer, spec);

        writer.CloseBlock();
        return new GeneratedFile(spec.SnapshotName + "." + spec.RecordName + ".g.cs", FileHeader.Close(writer));
    }

    private static string ObjectTypeExpression(ObjectSpec spec) =>
        spec.WellKnownTypeMember is { } member
            ? "global::Spoke.CrmObjectType." + member
            : "global::Spoke.CrmObjectType.Custom(" + CSharpText.Literal(spec.ObjectName) + ", " + CSharpText.Literal(spec.TypeId) + ")";

    // The record keeps each returned property's wire string under its index here, and typed members decode on access: no field,
    // reader or switch case per property, so a record costs what the page returned and the compiler has little to bind.
    private static void WriteLayout(SourceWriter writer, ObjectSpec spec)
    {
        writer.WriteLine("private static readonly global::Spoke.Wire.RecordLayout " + GeneratedMembers.Layout + " = new(");
        writer.Indent();
        writer.OpenBlock("new string[]");
        foreach (var property in spec.Properties)
        {
            writer.WriteLine(CSharpText.Literal(property.WireName), ",");
        }

        writer.CloseBlock(",");
        writer.OpenBlock("new global::Spoke.Wire.PropertyDecoder[]");
        foreach (var property in spec.Properties)
        {
            writer.WriteLine(PropertyTypes.Decoder(spec, property), ",");
        }

        writer.CloseBlock(");");
        writer.Outdent();
    }

    private static void WritePropertyNameConstants(SourceWriter writer, ObjectSpec spec)
    {
        writer.WriteLine();
        DocWriter.Summary(writer, "The wire name of every property, for raw use (filters built by hand, webhooks, logs).");
        writer.OpenBlock("public static class " + GeneratedMembers.PropertiesClass);
        var first = true;
        foreach (var property in spec.Properties)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            DocWriter.Summary(writer, "<c>" + CSharpText.Doc(property.WireName) + "</c>: " + CSharpText.Doc(property.Label));
            writer.WriteLine("public const string ", property.MemberName, " = ", CSharpText.Literal(property.WireName), ";");
        }

        writer.CloseBlock();
    }
}
