using System.CommandLine;

namespace Spoke.Cli.Commands;

/// <summary>The snapshot folder option shared by the schema commands.</summary>
internal static class SnapshotFolderOption
{
    /// <summary>The folder the generator reads by default, relative to the project.</summary>
    public const string DefaultFolder = "schema-snapshots";

    /// <summary>Creates the option under <paramref name="name"/> with the default folder.</summary>
    public static Option<string> Create(string name, string description) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => DefaultFolder,
    };
}
