using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Diagnostics;

/// <summary>Every diagnostic the generator can report is documented: id format, a help link, and a page under docs/diagnostics.</summary>
public sealed partial class DiagnosticCatalogueTests
{
    /// <summary>Every <see cref="DiagnosticDescriptor"/> the generator assembly declares as a static field or property.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [.. Assembly.Load("Spoke.Generator").GetTypes()
            .SelectMany(type => type.GetMembers(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(member => member switch
            {
                FieldInfo field when field.FieldType == typeof(DiagnosticDescriptor) => (DiagnosticDescriptor?)field.GetValue(null),
                PropertyInfo property when property.PropertyType == typeof(DiagnosticDescriptor) && property.GetIndexParameters().Length == 0 => (DiagnosticDescriptor?)property.GetValue(null),
                _ => null,
            })
            .OfType<DiagnosticDescriptor>()
            .DistinctBy(descriptor => descriptor.Id)
            .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)];

    public static TheoryData<string> Ids => [.. Descriptors.Select(descriptor => descriptor.Id)];

    [Fact]
    public void The_catalogue_covers_reading_naming_and_configuration_problems()
    {
        Assert.True(Descriptors.Count >= 5, $"Only {Descriptors.Count} descriptors found.");
        Assert.All(Descriptors, descriptor => Assert.Matches(IdPattern(), descriptor.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_has_a_title_a_message_and_a_help_link_to_its_own_page(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);

        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), $"{id} has no title.");
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()), $"{id} has no message.");
        Assert.EndsWith($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(Uri.IsWellFormedUriString(descriptor.HelpLinkUri, UriKind.Absolute), $"{id}: '{descriptor.HelpLinkUri}' is not an absolute URL.");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_has_a_page_naming_its_id(string id)
    {
        var page = Path.Combine(RepositoryPaths.DiagnosticDocs, $"{id}.md");

        Assert.True(File.Exists(page), $"Missing docs/diagnostics/{id}.md.");
        Assert.Contains(id, File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_belongs_to_a_descriptor()
    {
        var pages = Directory.EnumerateFiles(RepositoryPaths.DiagnosticDocs, "SPOKE*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.Contains(page, Descriptors.Select(d => d.Id)));
    }

    [GeneratedRegex("^SPOKE[0-9]{3}$")]
    private static partial Regex IdPattern();
}
