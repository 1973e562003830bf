using System.CommandLine;

namespace Spoke.Cli.Commands;

/// <summary>
/// <c>spoke emulator</c>: the emulator's own command (<see cref="Spoke.Emulator.CommandLine.EmulatorCommand"/>), so its options are
/// parsed, checked and listed by <c>spoke emulator --help</c> from the one definition the emulator's entry point also uses.
/// </summary>
internal static class EmulatorCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create() => Spoke.Emulator.CommandLine.EmulatorCommand.Create("emulator");
}
