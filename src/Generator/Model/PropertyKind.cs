namespace Spoke.Generator.Model;

/// <summary>How a property is represented in C#.</summary>
internal enum PropertyKind
{
    /// <summary><c>string?</c>, compared case-insensitively in search.</summary>
    String,

    /// <summary><c>string?</c> for an enumeration without listed options (owners, pipelines): compared case-sensitively.</summary>
    EnumerationString,

    /// <summary><c>decimal?</c>.</summary>
    Number,

    /// <summary><c>bool?</c>.</summary>
    Bool,

    /// <summary><c>DateOnly?</c>.</summary>
    Date,

    /// <summary><c>DateTimeOffset?</c>.</summary>
    DateTime,

    /// <summary>A generated enum, single select.</summary>
    Picklist,

    /// <summary>A read-only list of a generated enum, multi-select (semicolon-joined on the wire).</summary>
    MultiPicklist,
}
