using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Diagnostics;

/// <summary>Assertions on one reported diagnostic: that it is the only one of its id, with its help page, and where it points.</summary>
internal static class DiagnosticAssert
{
    /// <summary>The one diagnostic <paramref name="id"/> of the run, whose help link is its page in docs/diagnostics.</summary>
    public static Diagnostic Single(GeneratorRun run, string id)
    {
        var matching = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got: {string.Join(Environment.NewLine, run.Diagnostics)}");
        Assert.EndsWith($"docs/diagnostics/{id}.md", matching[0].Descriptor.HelpLinkUri, StringComparison.Ordinal);
        return matching[0];
    }

    /// <summary>That <paramref name="diagnostic"/> points at 1-based <paramref name="line"/> and <paramref name="column"/> of a snapshot file.</summary>
    public static void At(Diagnostic diagnostic, string fileName, int line, int column, DiagnosticSeverity severity)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(
            (GeneratorInput.PathOf(fileName), line, column, severity),
            (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Severity));
    }
}
