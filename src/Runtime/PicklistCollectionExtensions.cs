namespace Spoke;

/// <summary>Helpers for multi-select (checkbox) picklist values.</summary>
public static class PicklistCollectionExtensions
{
    /// <summary>Whether a multi-select value contains the given enum member.</summary>
    /// <typeparam name="TEnum">The generated picklist enum.</typeparam>
    /// <param name="values">The selected values.</param>
    /// <param name="value">The member to look for.</param>
    /// <returns><see langword="true"/> when one of the selected values is <paramref name="value"/>.</returns>
    public static bool Contains<TEnum>(this IReadOnlyList<Picklist<TEnum>> values, TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(values);
        Picklist<TEnum> wanted = value;
        foreach (var item in values)
        {
            if (item == wanted)
            {
                return true;
            }
        }

        return false;
    }
}
