namespace Spoke.Generator.Emit;

/// <summary>Identity written into <c>[GeneratedCode]</c>.</summary>
internal static class GeneratorInfo
{
    public const string Name = "Spoke";

    public const string Version = "0.1.0";

    public const string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Name + "\", \"" + Version + "\")]";
}
