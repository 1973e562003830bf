namespace Spoke.Schema;

/// <summary>One difference between the live schema and the one the code was generated from.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="PropertyName">
/// The property it concerns; for a pipeline difference the record's pipeline property (<c>pipeline</c>, <c>hs_pipeline</c>), for a
/// stage difference its stage property (<c>dealstage</c>, <c>hs_pipeline_stage</c>).
/// </param>
/// <param name="Expected">
/// What the code expects, if it applies: the type (<see cref="SchemaDifferenceKind.TypeChanged"/>,
/// <see cref="SchemaDifferenceKind.PropertyRemoved"/>), the field type (<see cref="SchemaDifferenceKind.FieldTypeChanged"/>), the
/// option's value (<see cref="SchemaDifferenceKind.OptionRemoved"/>) or its label (<see cref="SchemaDifferenceKind.OptionRelabelled"/>),
/// or the label of a pipeline or stage.
/// </param>
/// <param name="Actual">What the account has, if it applies, in the same terms as <paramref name="Expected"/>.</param>
/// <param name="OptionValue">The option's value, for <see cref="SchemaDifferenceKind.OptionRelabelled"/>.</param>
public sealed record SchemaDifference(SchemaDifferenceKind Kind, string PropertyName, string? Expected = null, string? Actual = null, string? OptionValue = null)
{
    private const string MultipleChoiceFieldType = "checkbox";

    /// <summary>The pipeline a pipeline or stage difference concerns; <see langword="null"/> for other differences.</summary>
    public string? PipelineId { get; init; }

    /// <summary>The stage a stage difference concerns; <see langword="null"/> for other differences.</summary>
    public string? StageId { get; init; }

    /// <summary>
    /// Whether the difference can break generated code: a removed property, option, pipeline or stage, a changed type, a property
    /// that became read-only, or a picklist that changed between single and multiple choice.
    /// </summary>
    public bool IsBreaking => Kind switch
    {
        SchemaDifferenceKind.PropertyRemoved or SchemaDifferenceKind.TypeChanged or SchemaDifferenceKind.OptionRemoved or SchemaDifferenceKind.BecameReadOnly
            or SchemaDifferenceKind.PipelineRemoved or SchemaDifferenceKind.StageRemoved => true,
        SchemaDifferenceKind.FieldTypeChanged => string.Equals(Expected, MultipleChoiceFieldType, StringComparison.Ordinal) != string.Equals(Actual, MultipleChoiceFieldType, StringComparison.Ordinal),
        _ => false,
    };

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SchemaDifferenceKind.PropertyRemoved => $"'{PropertyName}' is in the generated code but no longer in the account",
        SchemaDifferenceKind.PropertyAdded => $"'{PropertyName}' is in the account but not in the generated code",
        SchemaDifferenceKind.TypeChanged => $"'{PropertyName}' changed type from {Expected} to {Actual}",
        SchemaDifferenceKind.FieldTypeChanged => $"'{PropertyName}' changed field type from {Expected} to {Actual}",
        SchemaDifferenceKind.BecameReadOnly => $"'{PropertyName}' became read-only",
        SchemaDifferenceKind.BecameWritable => $"'{PropertyName}' became writable",
        SchemaDifferenceKind.OptionRemoved => $"'{PropertyName}' no longer has the option '{Expected}'",
        SchemaDifferenceKind.OptionRelabelled => $"'{PropertyName}' option '{OptionValue}' is now labelled '{Actual}' (was '{Expected}')",
        SchemaDifferenceKind.PipelineRemoved => $"pipeline '{PipelineId}' ('{Expected}') is in the generated code but no longer in the account",
        SchemaDifferenceKind.PipelineAdded => $"pipeline '{PipelineId}' ('{Actual}') is in the account but not in the generated code",
        SchemaDifferenceKind.PipelineRelabelled => $"pipeline '{PipelineId}' is now labelled '{Actual}' (was '{Expected}')",
        SchemaDifferenceKind.StageRemoved => $"stage '{StageId}' ('{Expected}') of pipeline '{PipelineId}' is in the generated code but no longer in the account",
        SchemaDifferenceKind.StageAdded => $"pipeline '{PipelineId}' has a new stage '{StageId}' ('{Actual}')",
        SchemaDifferenceKind.StageRelabelled => $"stage '{StageId}' of pipeline '{PipelineId}' is now labelled '{Actual}' (was '{Expected}')",
        _ => $"'{PropertyName}' has a new option '{Actual}'",
    };
}
