using System.Collections.Generic;
using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>Emits every file of one object type: record, input, search fields, and one file per picklist enum.</summary>
internal static class ObjectEmitter
{
    public static List<GeneratedFile> Emit(ObjectSpec spec)
    {
        var files = new List<GeneratedFile>
        {
            RecordEmitter.Emit(spec),
            InputEmitter.Emit(spec),
            FieldsEmitter.Emit(spec),
            SchemaEmitter.Emit(spec),
        };
        foreach (var property in spec.Properties)
        {
            if (property.Enum is not null)
            {
                files.Add(EnumEmitter.Emit(spec, property));
            }
        }

        return files;
    }
}
