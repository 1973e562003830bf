using Spoke.Generator.Naming;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Naming;

/// <summary>The files of a <see cref="GeneratorInput"/> as the naming entry point takes them: snapshots, and spoke.json apart.</summary>
internal static class NamingInputs
{
    private static readonly string OverridesPath = GeneratorInput.PathOf("spoke.json");

    /// <summary>The snapshots of <paramref name="input"/>, and its spoke.json when it has one.</summary>
    public static NamingInput From(GeneratorInput input) => new(
        input.AdditionalFiles.Where(file => file.Key != OverridesPath).Select(file => new NamingFile(file.Key, file.Value!)),
        input.AdditionalFiles.TryGetValue(OverridesPath, out var overrides) ? new NamingFile(OverridesPath, overrides!) : null);

    /// <summary>The names the generator gives <paramref name="input"/>.</summary>
    public static GeneratedNames Names(GeneratorInput input) => SchemaNaming.Compute(From(input));

    /// <summary><paramref name="input"/> with spoke.json replaced by <paramref name="overridesJson"/>, or removed when it is null.</summary>
    public static GeneratorInput WithOverrides(GeneratorInput input, string? overridesJson) =>
        overridesJson is null ? input.WithoutFile("spoke.json") : input.WithFile("spoke.json", overridesJson);
}
