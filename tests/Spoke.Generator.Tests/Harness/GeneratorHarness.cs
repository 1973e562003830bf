namespace Spoke.Generator.Tests.Harness;

/// <summary>The one entry point most tests use: run the generator once over an in-memory project.</summary>
internal static class GeneratorHarness
{
    /// <summary>
    /// Runs the generator over <paramref name="input"/>. Fails the test if the generator threw or if the
    /// generated code does not compile without a warning under nullable.
    /// </summary>
    public static GeneratorRun Run(GeneratorInput input) => GeneratorSession.Start(input).Run();
}
