namespace Spoke.Generator.Model;

/// <summary>The record type name given to one object type; <see cref="DisplacedBy"/> names the object that had the preferred name first.</summary>
internal sealed record TypeNameAssignment(string ObjectName, string PreferredName, string TypeName, string? DisplacedBy);
