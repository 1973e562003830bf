using System;
using System.Collections.Generic;
using System.Threading;

namespace Spoke.Generator.Naming;

/// <summary>
/// The generator's naming, for Spoke's own tools (<c>spoke schema pull</c> and <c>spoke schema diff</c>): the names an account's
/// snapshots generate, computed by the generator's own code without a compilation; what changed between two sets of names; and
/// the spoke.json pins that keep old names when a relabel or a naming rule would change them. Not meant for applications, which
/// get the same names from the generated code itself.
/// </summary>
/// <remarks>
/// The assembly is the generator's (netstandard2.0). These members load neither Roslyn nor System.Text.Json, so a tool can
/// reference the generator assembly like any library.
/// </remarks>
public static class SchemaNaming
{
    /// <summary>
    /// Every name the generator gives the account described by <paramref name="input"/>, and the diagnostics the build would
    /// report (except <c>SPOKE201</c>, which is about the <c>SpokeNamespace</c> build property). Bad input never throws: as in the
    /// build, it is reported as a diagnostic and the part in error is left out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GeneratedNames Compute(NamingInput input, CancellationToken cancellationToken = default)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var (account, diagnostics) = AccountNaming.Run(input, cancellationToken);
        return GeneratedNamesFactory.Create(account, diagnostics);
    }

    /// <summary>
    /// Every generated name that differs between <paramref name="before"/> and <paramref name="after"/>, each classified: a change
    /// is breaking (<see cref="NameChange.IsBreaking"/>) when code compiled against the old names may no longer compile or would
    /// compile with another meaning (a name removed, renamed, retyped, or now standing for something else); additions are not.
    /// Object types are matched by type id, properties by wire name, options by wire value.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<NameChange> Compare(GeneratedNames before, GeneratedNames after)
    {
        if (before is null)
        {
            throw new ArgumentNullException(nameof(before));
        }

        if (after is null)
        {
            throw new ArgumentNullException(nameof(after));
        }

        return NameComparison.Compare(before, after).AsReadOnly();
    }

    /// <summary>
    /// Pins in spoke.json every name of <paramref name="before"/> that <paramref name="after"/> would otherwise change (a relabel in
    /// HubSpot, the <c>hs_</c> rule giving a name to a new property, a naming rule of a newer Spoke): the record's
    /// <c>typeName</c>, a property's <c>name</c>, a picklist's <c>enumName</c> and its <c>options</c>. The pins are merged into
    /// <paramref name="after"/>'s spoke.json (created when there is none), keeping the user's own entries and formatting. What
    /// was removed cannot be pinned; <see cref="Compare"/> of <paramref name="before"/> and <see cref="PinResult.Names"/> reports it.
    /// </summary>
    /// <param name="before">The names generated so far: the old snapshots with the same spoke.json as <paramref name="after"/>.</param>
    /// <param name="after">The new snapshots and the project's spoke.json (or none).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">spoke.json is not valid (<c>SPOKE202</c>): nothing can be merged into it. The message says where; nothing was changed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PinResult Pin(GeneratedNames before, NamingInput after, CancellationToken cancellationToken = default)
    {
        if (before is null)
        {
            throw new ArgumentNullException(nameof(before));
        }

        if (after is null)
        {
            throw new ArgumentNullException(nameof(after));
        }

        return NamePinning.Pin(before, after, cancellationToken);
    }
}
