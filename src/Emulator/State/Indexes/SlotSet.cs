using System.Buffers;
using System.Numerics;

namespace Spoke.Emulator.State.Indexes;

/// <summary>
/// A set of record slots as a pooled bitmap: index hits are added in any order and read back in ascending slot order,
/// so a search visits its candidates in creation order without sorting them.
/// </summary>
internal sealed class SlotSet : IDisposable
{
    private readonly ulong[] words;
    private readonly int wordCount;

    public SlotSet(int slotCount)
    {
        wordCount = (slotCount + 63) / 64;
        words = ArrayPool<ulong>.Shared.Rent(Math.Max(wordCount, 1));
        Array.Clear(words, 0, wordCount);
    }

    public void Add(int slot) => words[slot >> 6] |= 1UL << (slot & 63);

    /// <summary>Adds every slot of an index hit list.</summary>
    public void AddAll(IEnumerable<int> slots)
    {
        foreach (var slot in slots)
        {
            Add(slot);
        }
    }

    /// <summary>Reads the set back in ascending order.</summary>
    public IEnumerable<int> Ascending()
    {
        for (var word = 0; word < wordCount; word++)
        {
            var bits = words[word];
            while (bits != 0)
            {
                yield return (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }
    }

    public void Dispose() => ArrayPool<ulong>.Shared.Return(words);
}
