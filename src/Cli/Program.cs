namespace Spoke.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => SpokeCommandLine.Create().Parse(args).InvokeAsync();
}
