namespace Spoke.Emulator.CommandLine;

/// <summary>An argument the command line cannot accept; the message says which and what to pass instead.</summary>
internal sealed class CommandLineError(string message) : Exception(message);
