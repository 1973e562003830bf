namespace Spoke.Generator.Model;

/// <summary>The MSBuild options the generator reads, reduced to a value.</summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="NamespaceProblem">Set when the configured namespace was not usable and a fallback was taken.</param>
internal sealed record GeneratorOptionsSpec(string Namespace, string? NamespaceProblem);
