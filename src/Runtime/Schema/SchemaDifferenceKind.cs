namespace Spoke.Schema;

/// <summary>How a live property differs from the one the code was generated from.</summary>
public enum SchemaDifferenceKind
{
    /// <summary>The code has a member for a property the account no longer has: reads leave it empty and writes fail.</summary>
    PropertyRemoved,

    /// <summary>The account has a property the code does not know: it arrives in <c>AdditionalProperties</c>.</summary>
    PropertyAdded,

    /// <summary>The property's type changed, so the generated member may no longer read or write its values.</summary>
    TypeChanged,

    /// <summary>A picklist option the code knows is gone: writing it fails.</summary>
    OptionRemoved,

    /// <summary>The account has a picklist option the code does not know: it is read as a raw value.</summary>
    OptionAdded,

    /// <summary>
    /// The property's field type changed with its type (for example <c>text</c> to <c>textarea</c>). Breaking only when a picklist
    /// changed between single and multiple choice (<c>checkbox</c>), which the generated member cannot follow.
    /// </summary>
    FieldTypeChanged,

    /// <summary>The property became read-only (or calculated): the generated input still writes it, and HubSpot refuses the write.</summary>
    BecameReadOnly,

    /// <summary>A read-only property became writable: the generated input has no member for it yet.</summary>
    BecameWritable,

    /// <summary>
    /// A picklist option kept its value but has another label. Values are read and written as before; the generated enum member,
    /// named from the label, changes only when the code is generated again (and <c>spoke schema pull</c> pins its old name).
    /// </summary>
    OptionRelabelled,

    /// <summary>A pipeline the code knows is gone (or archived): code that names it, and records written to it, fail.</summary>
    PipelineRemoved,

    /// <summary>The account has a pipeline the code does not know: its id is read as a raw value.</summary>
    PipelineAdded,

    /// <summary>A pipeline kept its id but has another label; the generated name changes when the code is generated again.</summary>
    PipelineRelabelled,

    /// <summary>A stage the code knows is gone from its pipeline: code that names it, and records moved to it, fail.</summary>
    StageRemoved,

    /// <summary>A pipeline has a stage the code does not know: its id is read as a raw value.</summary>
    StageAdded,

    /// <summary>A stage kept its id but has another label; the generated name changes when the code is generated again.</summary>
    StageRelabelled,
}
