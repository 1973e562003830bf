namespace Spoke.Conformance.Tests.Running;

/// <summary>Where the suite's files live: the Node.js checks, the list of known differences and the emulator docs.</summary>
internal static class SuitePaths
{
    public static string RepositoryRoot => Spoke.Testing.RepositoryRoot.Path;

    public static string Project => Path.Combine(RepositoryRoot, "tests", "Spoke.Conformance.Tests");

    /// <summary>The Node.js package with the checks and <c>run.js</c>.</summary>
    public static string NodePackage => Path.Combine(Project, "node");

    /// <summary>HubSpot's official Node client, the package the checks run.</summary>
    public const string NodeClient = "@hubspot/api-client";

    public static string KnownDifferences => Path.Combine(Project, "known-differences.json");

    public static string SchemaSnapshots => Path.Combine(RepositoryRoot, "schema-snapshots");

    public static string EmulatorDocs => Path.Combine(RepositoryRoot, "docs", "emulator.md");
}
