using System;
using System.Collections.Generic;

namespace Spoke.Generator.Naming;

/// <summary>Finds an item by a key HubSpot compares exactly: a type id, a wire name, an option value.</summary>
internal static class OrdinalLookup
{
    public static T? Find<T>(IReadOnlyList<T> items, Func<T, string> key, string value)
        where T : class
    {
        foreach (var item in items)
        {
            if (string.Equals(key(item), value, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }
}
