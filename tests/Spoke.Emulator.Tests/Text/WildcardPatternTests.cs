using Spoke.Emulator.Text;

namespace Spoke.Emulator.Tests.Text;

public sealed class WildcardPatternTests
{
    [Theory]
    [InlineData("*", "", true)]
    [InlineData("*", "anything", true)]
    [InlineData("*.com", "acme.COM", true)]
    [InlineData("acme*", "Acme Inc", true)]
    [InlineData("a*b*c", "aXbYc", true)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "acb", false)]
    [InlineData("*ab*ab*", "abab", true)]
    [InlineData("*ab*ab*", "aba", false)]
    [InlineData("a**b", "ab", true)]
    [InlineData("ab*ba", "aba", false)]
    [InlineData("/crm/v3/objects/*/search", "/crm/v3/objects/deals/search", true)]
    [InlineData("/crm/v3/objects/*/search", "/crm/v3/objects/deals", false)]
    [InlineData("exact", "EXACT", true)]
    [InlineData("exact", "exactly", false)]
    public void Matches_star_patterns_ignoring_case(string pattern, string text, bool expected) =>
        Assert.Equal(expected, WildcardPattern.Matches(pattern, text));

    [Fact]
    public async Task A_pattern_with_many_stars_against_a_long_value_is_decided_at_once()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 30)) + "*b";
        var text = new string('a', 65_536);

        // Backtracking over every placement of 30 stars would not finish in this lifetime; the timeout only catches that.
        var matched = await Task.Run(() => WildcardPattern.Matches(pattern, text)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(matched);
        Assert.True(WildcardPattern.Matches(pattern, text + "b"));
    }
}
