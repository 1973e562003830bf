using System;
using System.Collections.Generic;
using System.Globalization;

namespace Spoke.Generator.Naming;

/// <summary>
/// Hands out unique names in one scope. A name that is taken is resolved by the first free alternative, then by a numeric suffix
/// (<c>Email2_2</c>). Callers ask in a stable order, so a name once given is not taken away when new names are added later.
/// </summary>
internal sealed class NameAllocator
{
    private readonly HashSet<string> _taken;
    private readonly HashSet<string> _reserved;

    public NameAllocator(StringComparer comparer, IEnumerable<string> reserved)
    {
        _taken = new HashSet<string>(comparer);
        _reserved = new HashSet<string>(reserved, comparer);
    }

    /// <summary>Reserves names that must stay free for the generated code itself.</summary>
    public void Reserve(string name) => _reserved.Add(name);

    /// <summary>Whether <paramref name="name"/> is reserved or already given.</summary>
    public bool IsFree(string name) => !_reserved.Contains(name) && !_taken.Contains(name);

    /// <summary>Gives out <paramref name="preferred"/>, else the first free alternative, else a numbered form of <paramref name="preferred"/>.</summary>
    /// <param name="preferred">The name wanted.</param>
    /// <param name="alternatives">Names to try, in order, when the preferred one is not free.</param>
    /// <param name="conflict">Why the preferred name was not given, or <see langword="null"/> when it was.</param>
    public string Allocate(string preferred, IEnumerable<string> alternatives, out string? conflict)
    {
        conflict = null;
        if (IsFree(preferred))
        {
            _taken.Add(preferred);
            return preferred;
        }

        conflict = _reserved.Contains(preferred) ? "is reserved for a member Spoke generates or inherits" : "is already used by another property";
        foreach (var alternative in alternatives)
        {
            if (alternative.Length > 0 && IsFree(alternative))
            {
                _taken.Add(alternative);
                return alternative;
            }
        }

        for (var suffix = 2; ; suffix++)
        {
            var numbered = preferred + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            if (IsFree(numbered))
            {
                _taken.Add(numbered);
                return numbered;
            }
        }
    }
}
