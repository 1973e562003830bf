namespace Spoke.Emulator.Tests.Infrastructure;

/// <summary>Values no other test uses.</summary>
internal static class Unique
{
    private static int counter;

    public static string Email(string prefix = "person") => $"{prefix}{Interlocked.Increment(ref counter)}-{Guid.NewGuid():N}@example.com";

    public static string Token() => Guid.NewGuid().ToString("N");
}
