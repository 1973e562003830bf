using Microsoft.CodeAnalysis.Diagnostics;
using Spoke.Generator.Model;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Reading;

/// <summary>Reads the MSBuild properties exposed by build/Spoke.props into a <see cref="GeneratorOptionsSpec"/>.</summary>
internal static class OptionsReader
{
    public const string NamespaceProperty = "build_property.SpokeNamespace";
    public const string SnapshotMetadata = "build_metadata.AdditionalFiles.SpokeSnapshot";
    public const string FallbackNamespace = "HubSpot";

    public static GeneratorOptionsSpec Read(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(NamespaceProperty, out var configured) || string.IsNullOrWhiteSpace(configured))
        {
            return new GeneratorOptionsSpec(FallbackNamespace, NamespaceProblem: null);
        }

        var trimmed = configured.Trim();
        return IsValidNamespace(trimmed)
            ? new GeneratorOptionsSpec(trimmed, NamespaceProblem: null)
            : new GeneratorOptionsSpec(FallbackNamespace, trimmed);
    }

    public static bool IsSnapshot(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(SnapshotMetadata, out var value) && string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);

    private static bool IsValidNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!IdentifierBuilder.IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }
}
