using Spoke.Cli.Tests.Consumer;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Readme;

/// <summary>
/// Every C# program in README.md builds as written, in a new <c>dotnet new console -n MyApp</c> project (or the template the hint names) that adds only the
/// packages the README names for it (the hint format is in <see cref="ReadmeBlocks"/>), from the packed local feed, with the
/// repository's schema snapshots beside it and warnings as errors.
/// </summary>
public sealed class ReadmeProgramTests
{
    public static TheoryData<int> ProgramLines => [.. Blocks().Where(block => block.FragmentReason is null).Select(block => block.Line)];

    [Fact]
    public void Every_csharp_block_says_which_packages_it_needs_or_why_it_is_a_fragment()
    {
        var blocks = Blocks();

        Assert.NotEmpty(blocks);
        Assert.All(blocks, block => Assert.True(
            block.HasHint && (block.Packages.Count > 0 || !string.IsNullOrWhiteSpace(block.FragmentReason)),
            $"{block}: put <!-- packages: Spoke --> (the packages the program needs) or <!-- fragment: why --> right above the block."));
        Assert.Contains(blocks, block => block.FragmentReason is null);
    }

    [Theory]
    [MemberData(nameof(ProgramLines))]
    public async Task The_program_builds_in_a_new_console_project_with_only_the_packages_the_readme_names(int line)
    {
        var block = Blocks().Single(b => b.Line == line);
        var packed = await PackedSpoke.GetAsync();
        var project = Path.Combine(packed.WorkFolder, $"readme-line-{line}");

        var created = await DotnetProcess.RunAsync(packed.WorkFolder, new Dictionary<string, string?>(), TimeSpan.FromMinutes(2),
            "new", block.Template, "-n", "MyApp", "-o", project, "--no-restore");
        Assert.True(created.ExitCode == 0, created.Output);
        ReadmeProject.Prepare(project, packed, block.Packages);
        File.WriteAllText(Path.Combine(project, "Program.cs"), block.Code);

        var build = await DotnetProcess.RunAsync(project, new Dictionary<string, string?>(), TimeSpan.FromMinutes(6),
            "build", "-c", "Release", "-nodeReuse:false", "-p:TreatWarningsAsErrors=true");

        Assert.True(build.ExitCode == 0, $"{block} with {string.Join(", ", block.Packages)} does not build as written:\n{build.Output}");
    }

    private static IReadOnlyList<ReadmeBlock> Blocks() => ReadmeBlocks.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));
}
