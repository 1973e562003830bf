namespace Spoke.Emulator;

internal static class EmulatorProgram
{
    private static int Main() => 0;
}
