using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>
/// C# keywords. Reserved ones (and the undocumented <c>__arglist</c> family, which the compiler reserves too) can never be
/// identifiers; contextual ones can, but not everywhere (<c>record</c>, <c>required</c>, <c>file</c> and <c>scoped</c> cannot name
/// a type, <c>field</c> means the backing field inside an accessor), so no name Spoke accepts from a user is either kind.
/// </summary>
internal static class CSharpKeywords
{
    private static readonly HashSet<string> Reserved = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    // Every contextual keyword up to C# 14, attribute targets included; newer compilers may add more, which is why generated
    // names are PascalCase (no keyword starts with an upper-case letter) and only names from spoke.json are checked here.
    private static readonly HashSet<string> Contextual = new()
    {
        "add", "alias", "allows", "and", "args", "ascending", "assembly", "async", "await", "by", "descending", "dynamic",
        "equals", "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed",
        "method", "module", "nameof", "nint", "not", "notnull", "nuint", "on", "or", "orderby", "param", "partial", "property",
        "record", "remove", "required", "scoped", "select", "set", "type", "typevar", "unmanaged", "value", "var", "when",
        "where", "with", "yield",
    };

    /// <summary>Whether <paramref name="name"/> is a reserved keyword, which no identifier may be without <c>@</c>.</summary>
    public static bool IsReserved(string name) => Reserved.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a keyword of either kind.</summary>
    public static bool IsKeyword(string name) => Reserved.Contains(name) || Contextual.Contains(name);
}
