using Spoke.Conformance.Tests.Running;

namespace Spoke.Conformance.Tests.KnownDifferences;

/// <summary>Keeps <c>known-differences.json</c> and the table in docs/emulator.md honest.</summary>
public sealed class KnownDifferencesFileTests
{
    [NodeFact]
    public void Every_known_difference_names_an_existing_check()
    {
        var ids = CheckCatalog.Ids.ToHashSet(StringComparer.Ordinal);

        var stale = KnownDifferenceList.Load().Differences.Select(d => d.Id).Where(id => !ids.Contains(id)).ToList();

        Assert.True(stale.Count == 0, $"known-differences.json names checks that do not exist: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Every_known_difference_is_listed_once_and_says_what_HubSpot_and_the_emulator_do()
    {
        var differences = KnownDifferenceList.Load().Differences;

        Assert.All(differences, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.HubSpot), $"{d.Id}: say what HubSpot does");
            Assert.False(string.IsNullOrWhiteSpace(d.Emulator), $"{d.Id}: say what the emulator does");
        });
        var repeated = differences.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"listed more than once: {string.Join(", ", repeated)}");
    }

    [Fact]
    public void The_emulator_docs_table_lists_exactly_the_known_differences()
    {
        var documented = ConformanceDocsTable.CheckIds(File.ReadAllText(SuitePaths.EmulatorDocs));
        var listed = KnownDifferenceList.Load().Differences.Select(d => d.Id).ToList();

        Assert.Equal(listed.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_docs_table_reader_finds_the_rows_of_the_conformance_section_only()
    {
        const string markdown = """
            ## Endpoints
            | `objects.not-this-one` | a | b |
            ## Conformance
            Text.
            | Check | HubSpot | Emulator |
            |---|---|---|
            | `pipelines.deals-list` | lists | 404 |
            | `merges.all-contact-vids-on-create` | set | unset |
            ## Faults
            | `faults.not-this-either` | a | b |
            """;

        Assert.Equal(["pipelines.deals-list", "merges.all-contact-vids-on-create"], ConformanceDocsTable.CheckIds(markdown));
    }
}
