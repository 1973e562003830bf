using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>The types generated for one object type, and its properties.</summary>
public sealed class GeneratedObject
{
    internal GeneratedObject(string typeId, string objectName, string recordName, string inputName, string fieldsName, IReadOnlyList<GeneratedProperty> properties, string? pipelinesName = null)
    {
        PipelinesName = pipelinesName;
        TypeId = typeId;
        ObjectName = objectName;
        RecordName = recordName;
        InputName = inputName;
        FieldsName = fieldsName;
        Properties = properties;
    }

    /// <summary>The object type id (<c>0-1</c>, <c>2-3465404</c>), which identifies the object type.</summary>
    public string TypeId { get; }

    /// <summary>The API name (<c>contacts</c>, or a custom object's <c>name</c>).</summary>
    public string ObjectName { get; }

    /// <summary>The record type's name (<c>Contact</c>).</summary>
    public string RecordName { get; }

    /// <summary>The input type's name (<c>ContactInput</c>).</summary>
    public string InputName { get; }

    /// <summary>The search fields type's name (<c>ContactFields</c>).</summary>
    public string FieldsName { get; }

    /// <summary>
    /// The pipelines class's name (<c>DealPipelines</c>), or <see langword="null"/> when the object type has no pipelines snapshot.
    /// Its stages are the options of the stage property's enum, whose member names the stage members share.
    /// </summary>
    public string? PipelinesName { get; }

    /// <summary>The generated properties, ordered by wire name (ordinal); excluded ones are not here.</summary>
    public IReadOnlyList<GeneratedProperty> Properties { get; }

    /// <summary>The property of wire name <paramref name="wireName"/> (compared ordinally), or <see langword="null"/>.</summary>
    public GeneratedProperty? FindProperty(string wireName) => OrdinalLookup.Find(Properties, static property => property.WireName, wireName);
}
