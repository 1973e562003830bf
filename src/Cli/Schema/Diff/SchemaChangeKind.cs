namespace Spoke.Cli.Schema.Diff;

/// <summary>The kinds of schema change <c>spoke schema diff</c> reports.</summary>
internal enum SchemaChangeKind
{
    /// <summary>An object type appeared.</summary>
    ObjectAdded,

    /// <summary>An object type disappeared: its generated record and builders go away.</summary>
    ObjectRemoved,

    /// <summary>A property appeared.</summary>
    PropertyAdded,

    /// <summary>A property disappeared: its generated member goes away.</summary>
    PropertyRemoved,

    /// <summary>The data type changed (for example <c>string</c> to <c>number</c>): the generated member's C# type changes.</summary>
    TypeChanged,

    /// <summary>The field type changed with the same data type (for example <c>text</c> to <c>textarea</c>).</summary>
    FieldTypeChanged,

    /// <summary>A picklist option appeared.</summary>
    OptionAdded,

    /// <summary>A picklist option disappeared: its enum member goes away.</summary>
    OptionRemoved,

    /// <summary>A picklist option kept its value but got another label; the enum member is named after the label.</summary>
    OptionRelabelled,

    /// <summary>A writable property became read-only: it can no longer be set in creates and updates.</summary>
    BecameReadOnly,

    /// <summary>A read-only property became writable.</summary>
    BecameWritable,
}
