using System.Text.RegularExpressions;

namespace Spoke.Cli.Tests.Readme;

/// <summary>
/// The C# blocks of README.md and the hint the README gives right above each one, an HTML comment that readers of the
/// rendered page do not see:
/// <list type="bullet">
/// <item><c>&lt;!-- packages: Spoke, Spoke.AspNetCore --&gt;</c>: the block is a whole program (<c>Program.cs</c> of a new
/// <c>dotnet new console -n MyApp</c> project) that builds, warnings as errors, with exactly these packages added.</item>
/// <item><c>&lt;!-- packages: Spoke.AspNetCore; template: web --&gt;</c>: the same, in a <c>dotnet new web -n MyApp</c> project.</item>
/// <item><c>&lt;!-- fragment: why --&gt;</c>: the block is a fragment of a program, not compiled on its own.</item>
/// </list>
/// Only blank lines may stand between the hint and the block's opening fence. A C# block without a hint fails the test, so
/// a README rewrite cannot drop one unchecked.
/// </summary>
public static partial class ReadmeBlocks
{
    /// <summary>Every ```csharp block, with its hint, in order.</summary>
    public static IReadOnlyList<ReadmeBlock> Read(string markdown)
    {
        var blocks = new List<ReadmeBlock>();
        foreach (Match match in CSharpBlock().Matches(markdown.ReplaceLineEndings("\n")))
        {
            var line = markdown[..match.Index].Count(c => c == '\n') + 1;
            var hint = match.Groups["hint"];
            var packages = match.Groups["packages"].Success
                ? match.Groups["packages"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            blocks.Add(new ReadmeBlock(
                line,
                match.Groups["code"].Value,
                hint.Success,
                packages,
                match.Groups["template"].Success ? match.Groups["template"].Value : "console",
                match.Groups["fragment"].Success ? match.Groups["fragment"].Value.Trim() : null));
        }

        return blocks;
    }

    [GeneratedRegex(
        @"(?:(?<hint><!--\s*(?:packages:(?<packages>[^>;]*?)(?:;\s*template:\s*(?<template>[a-z]+))?|fragment:(?<fragment>[^>]*?))\s*-->)\n(?:[ \t]*\n)*)?^```(?:csharp|cs|c#)[ \t]*\n(?<code>.*?)^```",
        RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CSharpBlock();
}

/// <summary>One C# block of the README.</summary>
/// <param name="Line">The line of its opening fence.</param>
/// <param name="Code">Its text.</param>
/// <param name="HasHint">Whether a hint stands above it.</param>
/// <param name="Packages">The packages a program needs; empty for a fragment.</param>
/// <param name="Template">The <c>dotnet new</c> template of its project: <c>console</c> unless the hint says otherwise.</param>
/// <param name="FragmentReason">Why it is a fragment, or <see langword="null"/> for a program.</param>
public sealed record ReadmeBlock(int Line, string Code, bool HasHint, IReadOnlyList<string> Packages, string Template, string? FragmentReason)
{
    public override string ToString() => $"README.md line {Line}";
}
