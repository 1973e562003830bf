namespace Spoke.Schema;

/// <summary>One difference between the live schema and the one the code was generated from.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="PropertyName">The property it concerns.</param>
/// <param name="Expected">What the code expects (a type or option value), if it applies.</param>
/// <param name="Actual">What the account has, if it applies.</param>
public sealed record SchemaDifference(SchemaDifferenceKind Kind, string PropertyName, string? Expected = null, string? Actual = null)
{
    /// <summary>Whether the difference can break generated code (a removed property or option, or a changed type).</summary>
    public bool IsBreaking => Kind is SchemaDifferenceKind.PropertyRemoved or SchemaDifferenceKind.TypeChanged or SchemaDifferenceKind.OptionRemoved;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SchemaDifferenceKind.PropertyRemoved => $"'{PropertyName}' is in the generated code but no longer in the account",
        SchemaDifferenceKind.PropertyAdded => $"'{PropertyName}' is in the account but not in the generated code",
        SchemaDifferenceKind.TypeChanged => $"'{PropertyName}' changed type from {Expected} to {Actual}",
        SchemaDifferenceKind.OptionRemoved => $"'{PropertyName}' no longer has the option '{Expected}'",
        _ => $"'{PropertyName}' has a new option '{Actual}'",
    };
}
