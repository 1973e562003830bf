using Spoke.Generator.Naming;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Naming;

/// <summary>
/// <see cref="SchemaNaming.Compare"/> calls a change breaking exactly when code compiled against the old generated names no longer
/// compiles against the new ones (or compiles with another meaning): checked by compiling code that uses every old name against
/// what the real generator makes of the new snapshots.
/// </summary>
public sealed class NameComparisonTests
{
    public static TheoryData<string> Scenarios => NameChangeScenarios.Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_change_is_named_and_classified(string scenario)
    {
        var (before, after, expected, _) = NameChangeScenarios.All[scenario];

        var changes = SchemaNaming.Compare(NamingInputs.Names(before.Input()), NamingInputs.Names(after.Input()));

        Assert.Equal(expected.Order(StringComparer.Ordinal), changes.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Not_breaking_means_code_written_for_the_old_names_still_compiles(string scenario)
    {
        var (before, after, _, _) = NameChangeScenarios.All[scenario];
        var oldNames = NamingInputs.Names(before.Input());

        var changes = SchemaNaming.Compare(oldNames, NamingInputs.Names(after.Input()));
        var errors = GeneratorHarness.Run(after.Input()).CompileWith(NamesUsage.For(oldNames, GeneratorInput.DefaultNamespace));

        // A name that now stands for something else still compiles, with another meaning: breaking all the same.
        var stillThere = changes.Where(change => change.Kind == NameChangeKind.NameReassigned).Select(change => (change.ObjectName, change.Before)).ToHashSet();
        Assert.Equal(changes.Any(change => change.IsBreaking && !stillThere.Contains((change.ObjectName, change.Before))), errors.Length > 0);
    }

    [Fact]
    public void Every_change_says_what_happened_in_one_line()
    {
        var (before, after, _, _) = NameChangeScenarios.All["hs_ twin added"];

        var changes = SchemaNaming.Compare(NamingInputs.Names(before.Input()), NamingInputs.Names(after.Input()));

        Assert.Equal(
            [
                "not breaking: Contact.Foo (foo) is new",
                "breaking: Contact.Foo (hs_foo) is now HsFoo",
                "breaking: Contact.Foo now stands for property foo; it stood for hs_foo",
            ],
            changes.Select(change => change.ToString()));
    }

    [Fact]
    public void Equal_names_have_no_changes()
    {
        var names = NamingInputs.Names(new AccountVariant().Input());

        Assert.Empty(SchemaNaming.Compare(names, NamingInputs.Names(new AccountVariant().Input())));
    }

    internal static string Describe(NameChange change) =>
        $"{(change.IsBreaking ? "breaking" : "not breaking")} {change.Kind} {change.ObjectName}{(change.PropertyName is null ? "" : "." + change.PropertyName)}{(change.OptionValue is null ? "" : "." + change.OptionValue)} {change.Before} -> {change.After}";
}
