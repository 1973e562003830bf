namespace Spoke.Emulator;

/// <summary>The command-line entry point of <c>dotnet run --project src/Emulator</c>.</summary>
internal static class EmulatorEntryPoint
{
    private static Task<int> Main(string[] args) => HubSpotEmulator.RunAsync(args);
}
