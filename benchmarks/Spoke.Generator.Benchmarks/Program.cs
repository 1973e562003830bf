using BenchmarkDotNet.Running;

namespace Spoke.Generator.Benchmarks;

internal static class BenchmarkProgram
{
    /// <summary>
    /// <c>size</c> prints generated source size per property; anything else goes to BenchmarkDotNet
    /// (for example <c>--filter '*' --job short</c>).
    /// </summary>
    private static void Main(string[] args)
    {
        if (args is ["size"])
        {
            SourceSizeReport.Print();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
