using System.Text;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// C# that uses every generated name with its type, as an application compiled against those names would: each record, input
/// and fields type, each member with its declared type, each writable member on the input, each enum member. Compiled against
/// other generated code, it shows whether code written for these names still compiles.
/// </summary>
internal static class NamesUsage
{
    public static string For(GeneratedNames names, string @namespace)
    {
        var code = new StringBuilder();
        code.AppendLine("#nullable enable");
        code.AppendLine("using System;");
        code.AppendLine("using System.Collections.Generic;");
        code.AppendLine("using Spoke;");
        code.AppendLine($"using {@namespace};");
        code.AppendLine("static class UsesEveryName");
        code.AppendLine("{");
        var index = 0;
        foreach (var generated in names.Objects)
        {
            code.AppendLine($"    static void Use{index++}({generated.RecordName} record, {generated.InputName} input, {generated.FieldsName} fields)");
            code.AppendLine("    {");
            foreach (var property in generated.Properties)
            {
                code.AppendLine($"        {{ {property.ValueType} value = record.{property.MemberName}; _ = fields.{property.MemberName}; _ = {generated.RecordName}.Properties.{property.MemberName};");
                if (!property.IsReadOnly)
                {
                    code.AppendLine($"          input.{property.MemberName} = value;");
                }

                foreach (var option in property.Enum?.Options ?? [])
                {
                    code.AppendLine($"          _ = {property.Enum!.TypeName}.{option.MemberName}.ToWireValue();");
                }

                code.AppendLine("        }");
            }

            code.AppendLine("    }");
        }

        code.AppendLine("}");
        return code.ToString();
    }
}
