namespace Spoke.Cli.Tests.Infrastructure;

/// <summary>Runs the built CLI as its own process (<c>dotnet Spoke.Cli.dll</c>) with a controlled environment, stdout and stderr redirected.</summary>
public static class CliProcess
{
    public static Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        DotnetProcess.RunAsync(workingDirectory, environment, TimeSpan.FromMinutes(2), [RepositoryPaths.CliAssembly, .. arguments]);
}
