namespace Spoke.Cli.Schema.Diff;

/// <summary>One line of the diff report.</summary>
/// <param name="ObjectName">The object type's API name.</param>
/// <param name="PropertyName">The property, or <see langword="null"/> for a change of the object type itself.</param>
/// <param name="Label">What changed, in a few words (<c>property removed</c>, <c>option relabelled</c>, <c>member renamed</c>).</param>
/// <param name="Detail">The old and new values, and the generated names that change with them.</param>
/// <param name="IsBreaking">Whether code compiled against the old snapshots may no longer compile, or compile with another meaning.</param>
internal sealed record DiffEntry(string ObjectName, string? PropertyName, string Label, string Detail, bool IsBreaking);
