using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Spoke.Schema;

namespace Spoke.Generator.Tests.Fuzzing;

/// <summary>
/// Names and texts chosen to break naming and escaping: every C# keyword, the names Spoke's generated types declare or inherit,
/// text from every awkward Unicode category, and variants of a name that differ only by case or by characters naming drops.
/// </summary>
internal static class HostileNames
{
    /// <summary>Stands for a lone high surrogate; <see cref="WithLoneSurrogates"/> puts the real one into serialized JSON.</summary>
    public const char LoneHighSurrogate = '\uE0FF';

    /// <summary>Stands for a lone low surrogate, as <see cref="LoneHighSurrogate"/>.</summary>
    public const char LoneLowSurrogate = '\uE0FE';

    /// <summary>Every reserved and contextual keyword this Roslyn knows, the undocumented ones, and newer contextual ones.</summary>
    public static IReadOnlyList<string> Keywords { get; } =
        [.. SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
            .Select(SyntaxFacts.GetText)
            .Concat(["__arglist", "__makeref", "__reftype", "__refvalue", "field", "extension", "allows", "record", "required", "file", "scoped", "value__"])
            .Where(keyword => keyword.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>Members generated types declare, and every member their base types and interfaces contribute.</summary>
    public static IReadOnlyList<string> GeneratedMembers { get; } =
        [.. new[]
            {
                "Properties", "Search", "Where", "ReadFrom", "ObjectType", "PropertyNames", "TryDecodeProperty", "GeneratedSchema", "s_layout",
                "s_generatedSchema", "Codec", "ToWireValue", "TryParseWireValue", "value__", "Input", "Fields", "Extensions", "EqualityContract",
            }
            .Concat(MemberNames(typeof(CrmRecord), typeof(CrmInput), typeof(ICrmObject<>), typeof(IGeneratedSchema), typeof(object), typeof(Enum)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>Text that has broken doc comments, string literals or identifiers somewhere.</summary>
    public static IReadOnlyList<string> Texts { get; } =
    [
        "\uFFFE", "\uFFFF", "a\uFFFEb", "\uFDD0", "\U0001FFFE", "\U0010FFFF", $"{LoneHighSurrogate}", $"{LoneLowSurrogate}", $"x{LoneHighSurrogate}y",
        "\u202Eevil\u202C", "\u2066iso\u2069", "\u200F", "\u061C", "\u202A\u202B\u202D", "zero\u200Bwidth", "\uFEFF", "\u2060", "soft\u00ADhyphen",
        "\u0000", "\u0001", "\a", "\b", "\t", "\n", "\v", "\f", "\r", "\u001B", "\u007F", "\u0080", "\u0085", "\u009F", "\u2028", "\u2029",
        "\u00A0", "\u3000", "\u1680", "\u0301", "e\u0301", "\u20DDcircled", "Äpfel", "Straße", "İstanbul", "ıi", "ǅungla", "ΣΑΣ ς σ", "ﬀ", "\u212Aelvin",
        "\u2126hm", "日本語", "한국어", "عربى", "क्षत्रिय", "٣rd", "Ａｂｃ", "𝔸𝔹", "🚀", "👨‍👩‍👧", "🇫🇷", "]]>", "<![CDATA[", "-->", "<!--", "&", "&amp;",
        "&#xFFFE;", "<", ">", "\"", "'", "*/", "/*", "///", "\\", "{", "}", "#if X", "#endregion", "// c", "<summary>", "</summary>",
        "<see cref=\"X\"/>", "<c>", "</c>", "{0}", "", " ", "_", "__", "1st", "a.b", "a-b", "hs_", new string('L', 300), new string('é', 200),
    ];

    /// <summary>Names that differ from <paramref name="name"/> only by case, by characters naming drops, or by a prefix or suffix it adds or strips.</summary>
    public static IEnumerable<string> Variants(string name)
    {
        if (name.Length == 0)
        {
            yield break;
        }

        yield return name.ToUpperInvariant();
        yield return name.ToLowerInvariant();
        yield return char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name[1..] : char.ToUpperInvariant(name[0]) + name[1..];
        yield return name + "_";
        yield return "_" + name;
        yield return name.Replace("_", "", StringComparison.Ordinal);
        yield return name.Length > 1 ? name[..1] + "_" + name[1..] : name + "__";
        yield return name.Length > 1 ? name[..1] + "-" + name[1..] : name + "-";
        yield return name.Length > 1 ? name[..1] + " " + name[1..] : name + " ";
        yield return name + "🚀";
        yield return name + "2";
        yield return name + "_2";
        yield return "hs_" + name;
        yield return name.StartsWith("hs_", StringComparison.Ordinal) ? name[3..] : name + "_hs";
    }

    /// <summary>Replaces the stand-ins of lone surrogates in serialized JSON (which cannot hold them as text) by their escapes.</summary>
    public static string WithLoneSurrogates(string json) =>
        json.Replace("\\uE0FF", "\\uD800", StringComparison.OrdinalIgnoreCase).Replace("\\uE0FE", "\\uDC00", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> MemberNames(params Type[] types) =>
        types.SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy))
            .Where(member => member is not ConstructorInfo && !member.Name.Contains('<', StringComparison.Ordinal) && !member.Name.Contains('.', StringComparison.Ordinal))
            .Select(member => member.Name);
}
