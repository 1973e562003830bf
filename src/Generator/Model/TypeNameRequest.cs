namespace Spoke.Generator.Model;

/// <summary>The record type name one object type would like; collected across objects so no two objects share one.</summary>
internal sealed record TypeNameRequest(string ObjectName, string TypeId, bool IsCustom, string PreferredName);
