namespace Spoke.Generator.Model;

/// <summary>A diagnostic collected while reading, as a value: descriptor id, where, and the message arguments.</summary>
internal sealed record DiagnosticSpec(string Id, LocationSpec? Location, EquatableArray<string> Arguments);
