using System.Buffers;
using System.Numerics;

namespace Spoke.Emulator.State.Indexes;

/// <summary>
/// A set of record slots as a pooled bitmap: index hits are added in any order and read back in ascending slot order,
/// so a search visits its candidates in slot (creation) order, either way, without sorting them.
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

    /// <summary>Adds every slot below <paramref name="count"/>.</summary>
    public void AddFirst(int count)
    {
        Array.Fill(words, ulong.MaxValue, 0, count / 64);
        for (var slot = count / 64 * 64; slot < count; slot++)
        {
            Add(slot);
        }
    }

    /// <summary>Reads the set back in ascending (or descending) slot order.</summary>
    public Enumerator InOrder(bool descending) => new(words, wordCount, descending);

    public void Dispose() => ArrayPool<ulong>.Shared.Return(words);

    /// <summary>Walks the set's bits one word at a time, lowest (or highest) bit first.</summary>
    public struct Enumerator(ulong[] words, int wordCount, bool descending)
    {
        private int word = descending ? wordCount : -1;
        private ulong bits;

        public int Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (bits == 0)
            {
                word += descending ? -1 : 1;
                if (word < 0 || word >= wordCount)
                {
                    return false;
                }

                bits = words[word];
            }

            if (descending)
            {
                var bit = 63 - BitOperations.LeadingZeroCount(bits);
                bits &= ~(1UL << bit);
                Current = (word << 6) + bit;
            }
            else
            {
                Current = (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }

            return true;
        }
    }
}
