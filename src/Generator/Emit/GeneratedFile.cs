namespace Spoke.Generator.Emit;

/// <summary>One generated source file: its hint name and text.</summary>
internal sealed record GeneratedFile(string HintName, string Source);
