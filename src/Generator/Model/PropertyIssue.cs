namespace Spoke.Generator.Model;

/// <summary>A naming or mapping problem of one property, located later from the property locations of its snapshot.</summary>
internal sealed record PropertyIssue(string DiagnosticId, string PropertyName, EquatableArray<string> Arguments);
