namespace Spoke.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => ParseErrorReport.InvokeAsync(SpokeCommandLine.Create().Parse(args));
}
