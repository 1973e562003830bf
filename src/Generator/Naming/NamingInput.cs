using System;
using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>What the generator names an account from: the schema snapshots and, when the project has one, its spoke.json.</summary>
public sealed class NamingInput
{
    /// <summary>Creates the input of one naming run.</summary>
    /// <param name="snapshots">
    /// Every snapshot of the account, as the build passes them to the generator (every <c>*.json</c> of the snapshot folder,
    /// <c>{objectType}.pipelines.json</c> included: its stages name the stage property's enum). A file named <c>spoke.json</c>
    /// among them is not read as a snapshot, as in the build.
    /// </param>
    /// <param name="overrides">The project's spoke.json, or <see langword="null"/> when it has none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is null or holds null.</exception>
    public NamingInput(IEnumerable<NamingFile> snapshots, NamingFile? overrides = null)
    {
        if (snapshots is null)
        {
            throw new ArgumentNullException(nameof(snapshots));
        }

        var files = new List<NamingFile>();
        foreach (var snapshot in snapshots)
        {
            files.Add(snapshot ?? throw new ArgumentNullException(nameof(snapshots), "A snapshot in the list is null."));
        }

        Snapshots = files.AsReadOnly();
        Overrides = overrides;
    }

    /// <summary>The snapshots, in the order given.</summary>
    public IReadOnlyList<NamingFile> Snapshots { get; }

    /// <summary>The project's spoke.json, or <see langword="null"/>.</summary>
    public NamingFile? Overrides { get; }

    /// <summary>The same snapshots with another spoke.json (or none).</summary>
    public NamingInput WithOverrides(NamingFile? overrides) => new(Snapshots, overrides);
}
