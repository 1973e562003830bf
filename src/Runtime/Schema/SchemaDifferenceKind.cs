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
}
