using System;
using System.Collections.Generic;
using System.Globalization;

namespace Spoke.Generator.Naming;

/// <summary>
/// Hands out unique names in one scope: the namespace (type names, compared ignoring case so that hint names and files stay
/// unique on any file system) or one object's members (compared ordinally, as C# does). A name is given with everything its
/// <see cref="NameShape"/> claims, so a record takes its input and fields names with it and a property its accessors. A name that is
/// taken is resolved by the first free alternative, then by a numbered form. Callers ask in a stable order, so a name once given
/// is not taken away when names are added later. A name chosen in spoke.json is promised to its owner before anything is
/// allocated, so no derived name can take it first.
/// </summary>
internal sealed class NameScope
{
    private readonly Dictionary<string, string> _takenBecause;
    private readonly Dictionary<string, string> _promisedTo;

    public NameScope(StringComparer comparer)
    {
        _takenBecause = new Dictionary<string, string>(comparer);
        _promisedTo = new Dictionary<string, string>(comparer);
    }

    /// <summary>Keeps <paramref name="name"/>, and every name its <paramref name="shape"/> claims, free of anything allocated later.</summary>
    /// <param name="shape">What the name stands for, for example a property with its accessors.</param>
    /// <param name="name">The name.</param>
    /// <param name="because">What a later request for it is told, for example "is reserved for a member Spoke generates or inherits".</param>
    public void Reserve(NameShape shape, string name, string because)
    {
        foreach (var part in shape.Parts)
        {
            var claimed = part.Prefix + name + part.Suffix;
            if (!_takenBecause.ContainsKey(claimed))
            {
                _takenBecause.Add(claimed, because);
            }
        }
    }

    /// <summary>
    /// Keeps <paramref name="name"/>, with every name its <paramref name="shape"/> claims, for <paramref name="owner"/>, who gets it
    /// when it allocates that name later; anyone else is refused it. A name that is already taken or promised is not promised.
    /// </summary>
    /// <param name="owner">Who the name is kept for, unique in this scope (an object type id, a property's wire name, an option value).</param>
    /// <param name="because">What anyone else asking for it is told.</param>
    /// <returns>Whether the name was promised.</returns>
    public bool Promise(NameShape shape, string name, string owner, string because)
    {
        if (ConflictOf(shape, name, owner: null) is not null)
        {
            return false;
        }

        foreach (var part in shape.Parts)
        {
            var claimed = part.Prefix + name + part.Suffix;
            _takenBecause[claimed] = because;
            _promisedTo[claimed] = owner;
        }

        return true;
    }

    /// <summary>Gives out <paramref name="preferred"/>, else the first free alternative, else <paramref name="preferred"/> numbered.</summary>
    /// <param name="shape">The names a candidate claims with it, and the members it must not be named like.</param>
    /// <param name="preferred">The name wanted; not empty.</param>
    /// <param name="alternatives">Names to try, in order, when the preferred one is not free.</param>
    /// <param name="numberSeparator">Put between the preferred name and its number (<c>Email_2</c>, or <c>Contact2</c> for types).</param>
    /// <param name="because">What a later request for one of the claimed names is told.</param>
    /// <param name="conflict">Why the preferred name was not given, or <see langword="null"/> when it was.</param>
    /// <param name="owner">Who asks, when a name may have been promised to it.</param>
    public string Allocate(NameShape shape, string preferred, IEnumerable<string> alternatives, string numberSeparator, string because, out string? conflict, string? owner = null)
    {
        conflict = ConflictOf(shape, preferred, owner);
        if (conflict is null)
        {
            return Claim(shape, preferred, because);
        }

        foreach (var alternative in alternatives)
        {
            if (alternative.Length > 0 && ConflictOf(shape, alternative, owner) is null)
            {
                return Claim(shape, alternative, because);
            }
        }

        for (var number = 2; ; number++)
        {
            var numbered = preferred + numberSeparator + number.ToString(CultureInfo.InvariantCulture);
            if (ConflictOf(shape, numbered, owner) is null)
            {
                return Claim(shape, numbered, because);
            }
        }
    }

    private string? ConflictOf(NameShape shape, string candidate, string? owner)
    {
        foreach (var part in shape.Parts)
        {
            var name = part.Prefix + candidate + part.Suffix;
            if (part.OwnMembers is not null && part.OwnMembers.Contains(name))
            {
                return "is the name of one of its own members";
            }

            if (_takenBecause.TryGetValue(name, out var because) && !(owner is not null && _promisedTo.TryGetValue(name, out var promisedTo) && promisedTo == owner))
            {
                return because;
            }
        }

        return null;
    }

    private string Claim(NameShape shape, string name, string because)
    {
        foreach (var part in shape.Parts)
        {
            _takenBecause[part.Prefix + name + part.Suffix] = because;
            _promisedTo.Remove(part.Prefix + name + part.Suffix);
        }

        return name;
    }
}
