namespace Spoke.Cli;

internal static class CliProgram
{
    private static int Main() => 0;
}
