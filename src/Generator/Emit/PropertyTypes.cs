using Spoke.Generator.Model;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Emit;

/// <summary>The C# spelling of each property representation: member type, getter, writer encoding, search field, decoder.</summary>
internal static class PropertyTypes
{
    private const string PropertyValues = "global::Spoke.Wire.PropertyValues.";
    private const string WireFormat = "global::Spoke.Wire.WireFormat.";
    private const string WireDecoder = "global::Spoke.Wire.WireDecoder.";
    private const string SearchNamespace = "global::Spoke.Search.";

    public static string MemberType(ObjectSpec owner, PropertySpec property) => property.Kind switch
    {
        PropertyKind.Number => "decimal?",
        PropertyKind.Bool => "bool?",
        PropertyKind.Date => "global::System.DateOnly?",
        PropertyKind.DateTime => "global::System.DateTimeOffset?",
        PropertyKind.Picklist => "global::Spoke.Picklist<" + EnumType(owner, property) + ">?",
        PropertyKind.MultiPicklist => "global::System.Collections.Generic.IReadOnlyList<global::Spoke.Picklist<" + EnumType(owner, property) + ">>?",
        _ => "string?",
    };

    /// <summary>The typed member's body: decode the wire string the record keeps under the property's index.</summary>
    public static string GetterExpression(ObjectSpec owner, PropertySpec property, string index) => property.Kind switch
    {
        PropertyKind.Number => PropertyValues + "Number(this, " + index + ")",
        PropertyKind.Bool => PropertyValues + "Bool(this, " + index + ")",
        PropertyKind.Date => PropertyValues + "Date(this, " + index + ")",
        PropertyKind.DateTime => PropertyValues + "DateTime(this, " + index + ")",
        PropertyKind.Picklist => PropertyValues + "Picklist(this, " + index + ", " + Codec(owner, property) + ")",
        PropertyKind.MultiPicklist => PropertyValues + "Picklists(this, " + index + ", " + Codec(owner, property) + ")",
        _ => PropertyValues + "String(this, " + index + ")",
    };

    public static string EncodeExpression(ObjectSpec owner, PropertySpec property, string value) => property.Kind switch
    {
        PropertyKind.Number => WireFormat + "EncodeNumber(" + value + ")",
        PropertyKind.Bool => WireFormat + "EncodeBool(" + value + ")",
        PropertyKind.Date => WireFormat + "EncodeDate(" + value + ")",
        PropertyKind.DateTime => WireFormat + "EncodeDateTime(" + value + ")",
        PropertyKind.Picklist => Codec(owner, property) + ".EncodeOrClear(" + value + ")",
        PropertyKind.MultiPicklist => Codec(owner, property) + ".EncodeManyOrClear(" + value + ")",
        _ => WireFormat + "EncodeString(" + value + ")",
    };

    /// <summary>The property's <c>Spoke.Wire.PropertyDecoder</c> in the record layout.</summary>
    public static string Decoder(ObjectSpec owner, PropertySpec property) => property.Kind switch
    {
        PropertyKind.Number => WireDecoder + "TryDecodeNumber",
        PropertyKind.Bool => WireDecoder + "TryDecodeBool",
        PropertyKind.Date => WireDecoder + "TryDecodeDate",
        PropertyKind.DateTime => WireDecoder + "TryDecodeDateTime",
        PropertyKind.Picklist => WireDecoder + "ForPicklist(" + Codec(owner, property) + ")",
        PropertyKind.MultiPicklist => WireDecoder + "ForPicklists(" + Codec(owner, property) + ")",
        _ => WireDecoder + "TryDecodeString",
    };

    public static string FieldType(ObjectSpec owner, PropertySpec property) => property.Kind switch
    {
        PropertyKind.Number => SearchNamespace + "NumberField",
        PropertyKind.Bool => SearchNamespace + "BoolField",
        PropertyKind.Date => SearchNamespace + "DateField",
        PropertyKind.DateTime => SearchNamespace + "DateTimeField",
        PropertyKind.Picklist or PropertyKind.MultiPicklist => SearchNamespace + "EnumField<" + EnumType(owner, property) + ">",
        _ => SearchNamespace + "StringField",
    };

    public static string FieldArguments(ObjectSpec owner, PropertySpec property, string wireNameLiteral) => property.Kind switch
    {
        PropertyKind.Picklist or PropertyKind.MultiPicklist => wireNameLiteral + ", " + Codec(owner, property),
        PropertyKind.EnumerationString => wireNameLiteral + ", isCaseSensitive: true",
        _ => wireNameLiteral,
    };

    public static string Qualified(ObjectSpec owner, string typeName) => "global::" + owner.Namespace + "." + typeName;

    private static string EnumType(ObjectSpec owner, PropertySpec property) => Qualified(owner, property.Enum!.TypeName);

    private static string Codec(ObjectSpec owner, PropertySpec property) => Qualified(owner, property.Enum!.ExtensionsName) + "." + GeneratedMembers.Codec;
}
