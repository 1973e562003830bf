namespace Spoke.Generator.Naming;

/// <summary>Which spoke.json entry a <see cref="NamePin"/> writes.</summary>
public enum NamePinKind
{
    /// <summary><c>objects.{object}.typeName</c>: the record's name (its input and fields types follow).</summary>
    TypeName,

    /// <summary><c>objects.{object}.properties.{property}.name</c>: a property's member name.</summary>
    MemberName,

    /// <summary><c>objects.{object}.properties.{property}.enumName</c>: a picklist enum's name.</summary>
    EnumName,

    /// <summary><c>objects.{object}.properties.{property}.options.{value}</c>: an enum member's name.</summary>
    OptionName,
}
