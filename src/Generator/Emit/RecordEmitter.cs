using System.Collections.Generic;
using System.Globalization;
using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>Emits the record type: typed properties, the wire reader, the property decoder, name constants and search entry points.</summary>
internal static class RecordEmitter
{
    public static GeneratedFile Emit(ObjectSpec spec)
    {
        var writer = FileHeader.Open(spec.Namespace);
        var record = spec.RecordName;
        var query = "global::Spoke.Search.SearchQuery<" + record + ", " + spec.FieldsName + ">";
        DocWriter.Summary(writer, "A HubSpot " + CSharpText.Doc(spec.ObjectName) + " record (object type <c>" + CSharpText.Doc(spec.TypeId) + "</c>), generated from snapshot <c>" + CSharpText.Doc(spec.SnapshotName) + "</c>.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public sealed partial class " + record + " : global::Spoke.CrmRecord, global::Spoke.ICrmObject<" + record + ">");

        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public static global::Spoke.CrmObjectType ObjectType { get; } = ", ObjectTypeExpression(spec), ";");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> PropertyNames { get; } = new string[]");
        writer.WriteLine("{");
        writer.Indent();
        foreach (var property in spec.Properties)
        {
            writer.WriteLine(CSharpText.Literal(property.WireName), ",");
        }

        writer.Outdent();
        writer.WriteLine("};");

        foreach (var property in spec.Properties)
        {
            writer.WriteLine();
            DocWriter.Property(writer, property);
            writer.WriteLine("public ", PropertyTypes.MemberType(spec, property), " ", property.MemberName, " { get; private set; }");
        }

        writer.WriteLine();
        DocWriter.Summary(writer, "Starts a typed search with one filter group; add more groups with <c>Or</c>.");
        writer.WriteLine("/// <param name=\"group\">Builds the group, for example <c>c =&gt; c.SomeProperty.Eq(...)</c>.</param>");
        writer.WriteLine("public static " + query + " Where(global::System.Func<" + spec.FieldsName + ", global::Spoke.Search.SearchFilterGroup> group) => " + query + ".Where(group);");
        writer.WriteLine();
        DocWriter.Summary(writer, "A typed search with no filters, to sort, select properties or run a full-text query.");
        writer.WriteLine("public static " + query + " Search => " + query + ".Empty;");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public static " + record + " ReadFrom(ref global::System.Text.Json.Utf8JsonReader reader) => global::Spoke.CrmRecordReader.Read(ref reader, new " + record + "());");

        WriteTryReadProperty(writer, spec, record);
        WriteTryDecodeProperty(writer, spec);
        WritePropertyNameConstants(writer, spec);

        writer.CloseBlock();
        return new GeneratedFile(spec.SnapshotName + "." + record + ".g.cs", FileHeader.Close(writer));
    }

    private static string ObjectTypeExpression(ObjectSpec spec) =>
        spec.WellKnownTypeMember is { } member
            ? "global::Spoke.CrmObjectType." + member
            : "global::Spoke.CrmObjectType.Custom(" + CSharpText.Literal(spec.ObjectName) + ", " + CSharpText.Literal(spec.TypeId) + ")";

    // The name switch only yields an index and each property is read by its own small lambda: one method holding every read
    // would get a stack slot per property's value, and the JIT zeroes that whole frame on every call.
    private static void WriteTryReadProperty(SourceWriter writer, ObjectSpec spec, string record)
    {
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.OpenBlock("protected override bool TryReadProperty(scoped global::System.ReadOnlySpan<char> propertyName, ref global::System.Text.Json.Utf8JsonReader reader)");
        writer.OpenBlock("var index = propertyName switch");
        var index = 0;
        foreach (var property in spec.Properties)
        {
            writer.WriteLine(CSharpText.Literal(property.WireName), " => ", (index++).ToString(CultureInfo.InvariantCulture), ",");
        }

        writer.WriteLine("_ => -1,");
        writer.CloseBlock(";");
        writer.OpenBlock("if (index < 0)");
        writer.WriteLine("return false;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("s_propertyReaders[index](this, ref reader);");
        writer.WriteLine("return true;");
        writer.CloseBlock();

        writer.WriteLine();
        writer.OpenBlock("private static readonly global::Spoke.Wire.PropertyReader<" + record + ">[] s_propertyReaders = new global::Spoke.Wire.PropertyReader<" + record + ">[]");
        foreach (var property in spec.Properties)
        {
            var literal = CSharpText.Literal(property.WireName);
            writer.WriteLine(
                "static (" + record + " record, ref global::System.Text.Json.Utf8JsonReader reader) => record." + property.MemberName,
                " = ",
                PropertyTypes.ReadExpression(spec, property, literal, "record"),
                ",");
        }

        writer.CloseBlock(";");
    }

    // Cases that decode the same way share one body, which keeps the method small for objects with hundreds of properties.
    private static void WriteTryDecodeProperty(SourceWriter writer, ObjectSpec spec)
    {
        var byDecoder = new Dictionary<string, List<PropertySpec>>();
        var order = new List<string>();
        foreach (var property in spec.Properties)
        {
            var decoder = PropertyTypes.DecodeExpression(spec, property);
            if (!byDecoder.TryGetValue(decoder, out var group))
            {
                group = new List<PropertySpec>();
                byDecoder.Add(decoder, group);
                order.Add(decoder);
            }

            group.Add(property);
        }

        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.OpenBlock("public static bool TryDecodeProperty(string propertyName, string? wireValue, out object? value)");
        writer.OpenBlock("switch (propertyName)");
        foreach (var decoder in order)
        {
            foreach (var property in byDecoder[decoder])
            {
                writer.WriteLine("case ", CSharpText.Literal(property.WireName), ":");
            }

            writer.Indent();
            writer.WriteLine("return ", decoder, ";");
            writer.Outdent();
        }

        writer.WriteLine("default:");
        writer.Indent();
        writer.WriteLine("value = null;");
        writer.WriteLine("return false;");
        writer.Outdent();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WritePropertyNameConstants(SourceWriter writer, ObjectSpec spec)
    {
        writer.WriteLine();
        DocWriter.Summary(writer, "The wire name of every property, for raw use (filters built by hand, webhooks, logs).");
        writer.OpenBlock("public static class Properties");
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
