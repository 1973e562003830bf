using System;
using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>
/// Every name the generated types declare or inherit, in one place: the emitters write these constants, and naming keeps
/// properties off all of them and each type off its own, so no generated name can collide with another by construction.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>Suffix of the input type of a record.</summary>
    public const string InputSuffix = "Input";

    /// <summary>Suffix of the search fields type of a record.</summary>
    public const string FieldsSuffix = "Fields";

    /// <summary>Suffix of the extensions class of a picklist enum.</summary>
    public const string ExtensionsSuffix = "Extensions";

    /// <summary>The record's property layout.</summary>
    public const string Layout = "s_layout";

    /// <summary>The record's cached embedded schema.</summary>
    public const string GeneratedSchemaField = "s_generatedSchema";

    /// <summary>The record's embedded schema.</summary>
    public const string GeneratedSchema = "GeneratedSchema";

    /// <summary>The record's object type.</summary>
    public const string ObjectType = "ObjectType";

    /// <summary>The wire names of the record's typed properties.</summary>
    public const string PropertyNames = "PropertyNames";

    /// <summary>The record's typed search with one filter group.</summary>
    public const string Where = "Where";

    /// <summary>The record's typed search without filters.</summary>
    public const string Search = "Search";

    /// <summary>Reads a record from JSON.</summary>
    public const string ReadFrom = "ReadFrom";

    /// <summary>Decodes one property's wire value.</summary>
    public const string TryDecodeProperty = "TryDecodeProperty";

    /// <summary>The record's nested class of wire-name constants.</summary>
    public const string PropertiesClass = "Properties";

    /// <summary>The picklist codec in an enum's extensions class.</summary>
    public const string Codec = "Codec";

    /// <summary>The wire value of an enum member.</summary>
    public const string ToWireValue = "ToWireValue";

    /// <summary>The enum member of a wire value.</summary>
    public const string TryParseWireValue = "TryParseWireValue";

    /// <summary>The list of every pipeline in a pipelines class.</summary>
    public const string AllPipelines = "All";

    /// <summary>The stage type nested in a pipelines class.</summary>
    public const string StageType = "Stage";

    /// <summary>The pipeline type nested in a pipelines class, and a pipeline class's own value of it.</summary>
    public const string PipelineType = "Pipeline";

    /// <summary>A pipeline's id, a stage's id.</summary>
    public const string Id = "Id";

    /// <summary>A pipeline's label, a stage's label.</summary>
    public const string Label = "Label";

    /// <summary>A pipeline's display order, a stage's display order.</summary>
    public const string DisplayOrder = "DisplayOrder";

    /// <summary>A pipeline's stages in display order.</summary>
    public const string Stages = "Stages";

    /// <summary>What a name reserved here is told when a property asks for it.</summary>
    public const string ReservedBecause = "is reserved for a member Spoke generates or inherits";

    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals" };

    // Spoke.CrmRecord's and Spoke.CrmInput's public and protected members (tests compare these lists with the runtime).
    private static readonly string[] CrmRecordMembers = { "Id", "CreatedAt", "UpdatedAt", "Archived", "ArchivedAt", "AdditionalProperties", "Associations" };
    private static readonly string[] CrmInputMembers = { "Changes", "SetProperty", "Unset", "WriteProperties", "SetWireValue" };

    // Generated once, no longer: still kept from properties, so an upgrade does not rename a property that resolved around them.
    private static readonly string[] FormerRecordMembers = { "TryReadProperty", "ReadProperty", "KeepAdditionalProperty" };

    /// <summary>Members of a generated record: its base class's, and what the record and schema emitters declare.</summary>
    public static HashSet<string> Record { get; } = Set(
        ObjectMembers, CrmRecordMembers, FormerRecordMembers,
        new[] { Layout, GeneratedSchemaField, GeneratedSchema, ObjectType, PropertyNames, Where, Search, ReadFrom, TryDecodeProperty, PropertiesClass });

    /// <summary>Members of a generated input, besides its properties and their backing fields.</summary>
    public static HashSet<string> Input { get; } = Set(ObjectMembers, CrmInputMembers);

    /// <summary>Members of a generated search fields type and of the record's <c>Properties</c> class, besides one per property.</summary>
    public static HashSet<string> Fields { get; } = Set(ObjectMembers);

    /// <summary>Members of a picklist enum besides its options: the field the compiler gives every enum.</summary>
    public static HashSet<string> Enum { get; } = Set(new[] { "value__" });

    /// <summary>Members of a picklist enum's extensions class.</summary>
    public static HashSet<string> Extensions { get; } = Set(ObjectMembers, new[] { Codec, ToWireValue, TryParseWireValue });

    /// <summary>Members of a pipelines class besides one nested class per pipeline.</summary>
    public static HashSet<string> PipelinesClass { get; } = Set(ObjectMembers, new[] { AllPipelines, StageType, PipelineType });

    /// <summary>Members of a pipeline's class besides one per stage.</summary>
    public static HashSet<string> PipelineClass { get; } = Set(ObjectMembers, new[] { Id, Label, DisplayOrder, Stages, PipelineType });

    /// <summary>Names no property may take, because the record, input, fields or <c>Properties</c> type already has a member so named.</summary>
    public static IEnumerable<string> ReservedForProperties { get; } = Set(Record, Input, Fields);

    // Each name also reserves get_X and set_X: many of these members are properties, whose accessors the compiler names so,
    // and a type named like an accessor of its own member does not compile (CS0542).
    private static HashSet<string> Set(params IEnumerable<string>[] parts)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var name in part)
            {
                set.Add(name);
                set.Add("get_" + name);
                set.Add("set_" + name);
            }
        }

        return set;
    }
}
