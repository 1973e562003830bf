namespace Spoke.Cli.Schema.Diff;

/// <summary>One difference between two schemas.</summary>
/// <param name="ObjectName">The object type.</param>
/// <param name="PropertyName">The property, or <see langword="null"/> for object-level changes.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Detail">The old and new values in words, for the report.</param>
/// <param name="IsBreaking">Whether code compiled against the old schema stops compiling against the new one.</param>
internal sealed record SchemaChange(string ObjectName, string? PropertyName, SchemaChangeKind Kind, string Detail, bool IsBreaking);
