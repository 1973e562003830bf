namespace Spoke.Wire;

/// <summary>Binary search of wire values sorted by index.</summary>
internal static class WireValueSearch
{
    /// <summary>The position of <paramref name="index"/>, or the bitwise complement of where it would be inserted.</summary>
    public static int Find(ReadOnlySpan<WireValue> values, int index)
    {
        var low = 0;
        var high = values.Length - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var found = values[middle].Index;
            if (found == index)
            {
                return middle;
            }

            if (found < index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
