namespace Spoke.Generator.Naming;

/// <summary>What changed about a generated name between two <see cref="GeneratedNames"/>.</summary>
public enum NameChangeKind
{
    /// <summary>A new object type: new record, input and fields types. Not breaking.</summary>
    ObjectAdded,

    /// <summary>An object type is no longer generated: its record, input and fields types are gone. Breaking.</summary>
    ObjectRemoved,

    /// <summary>An object type's record (and with it its input and fields types) has another name. Breaking.</summary>
    RecordRenamed,

    /// <summary>A new property: a new member. Not breaking.</summary>
    PropertyAdded,

    /// <summary>A property is no longer generated: its member is gone. Breaking.</summary>
    PropertyRemoved,

    /// <summary>A property's member has another name. Breaking.</summary>
    PropertyRenamed,

    /// <summary>A property's member has another C# type (<c>string?</c> to <c>decimal?</c>, a picklist to a string, single to multi-select). Breaking.</summary>
    ValueTypeChanged,

    /// <summary>A property became read-only: the input type's member for it is gone. Breaking.</summary>
    BecameReadOnly,

    /// <summary>A read-only property became writable: the input type has a new member. Not breaking.</summary>
    BecameWritable,

    /// <summary>A picklist enum (and its extensions class) has another name. Breaking.</summary>
    EnumRenamed,

    /// <summary>A new picklist option: a new enum member. Not breaking.</summary>
    OptionAdded,

    /// <summary>A picklist option is gone, and its enum member with it. Breaking.</summary>
    OptionRemoved,

    /// <summary>A picklist option's enum member has another name. Breaking.</summary>
    OptionRenamed,

    /// <summary>
    /// A name that still exists now stands for something else (the <c>hs_</c> rule gave a property's member name to a new property,
    /// an option's member name went to another option): code still compiles but means another thing. Breaking.
    /// </summary>
    NameReassigned,
}
