namespace Spoke.Conformance.Tests.Running;

/// <summary>The ids of every check, read from <c>node run.js --list</c> (no packages or server needed).</summary>
internal static class CheckCatalog
{
    private static readonly Lazy<IReadOnlyList<CheckDescriptor>> Checks = new(List);

    public static IReadOnlyList<string> Ids => Checks.Value.Select(c => c.Id).ToList();

    private static IReadOnlyList<CheckDescriptor> List()
    {
        var outcome = ChildProcess.RunAsync(NodeToolchain.Node, SuitePaths.NodePackage, TimeSpan.FromMinutes(1), "run.js", "--list")
            .GetAwaiter().GetResult();
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"`node run.js --list` failed (exit code {outcome.ExitCode}):\n{outcome.StandardError}");
        }

        return RunnerOutput.Listing(outcome.StandardOutput);
    }
}
