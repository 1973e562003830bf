using Spoke.Generator.Model;

namespace Spoke.Generator.Emit;

/// <summary>The C# spelling of each property representation: member type, reader call, writer encoding, search field, decoder.</summary>
internal static class PropertyTypes
{
    private const string WireReader = "global::Spoke.Wire.WireReader.";
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

    public static string ReadExpression(ObjectSpec owner, PropertySpec property, string wireNameLiteral, string record) => property.Kind switch
    {
        PropertyKind.Number => WireReader + "ReadNumber(ref reader, " + record + ", " + wireNameLiteral + ")",
        PropertyKind.Bool => WireReader + "ReadBool(ref reader, " + record + ", " + wireNameLiteral + ")",
        PropertyKind.Date => WireReader + "ReadDate(ref reader, " + record + ", " + wireNameLiteral + ")",
        PropertyKind.DateTime => WireReader + "ReadDateTime(ref reader, " + record + ", " + wireNameLiteral + ")",
        PropertyKind.Picklist => WireReader + "ReadPicklist(ref reader, " + Codec(owner, property) + ")",
        PropertyKind.MultiPicklist => WireReader + "ReadPicklists(ref reader, " + Codec(owner, property) + ")",
        _ => WireReader + "ReadString(ref reader)",
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

    /// <summary>The decoder call for the simple kinds; <see langword="null"/> for picklists, which need their codec.</summary>
    public static string DecodeExpression(ObjectSpec owner, PropertySpec property) => property.Kind switch
    {
        PropertyKind.Number => WireDecoder + "TryDecodeNumber(wireValue, out value)",
        PropertyKind.Bool => WireDecoder + "TryDecodeBool(wireValue, out value)",
        PropertyKind.Date => WireDecoder + "TryDecodeDate(wireValue, out value)",
        PropertyKind.DateTime => WireDecoder + "TryDecodeDateTime(wireValue, out value)",
        PropertyKind.Picklist => WireDecoder + "TryDecodePicklist(wireValue, " + Codec(owner, property) + ", out value)",
        PropertyKind.MultiPicklist => WireDecoder + "TryDecodePicklists(wireValue, " + Codec(owner, property) + ", out value)",
        _ => WireDecoder + "TryDecodeString(wireValue, out value)",
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

    private static string Codec(ObjectSpec owner, PropertySpec property) => Qualified(owner, property.Enum!.ExtensionsName) + ".Codec";
}
