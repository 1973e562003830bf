using Spoke.Emulator.State.Indexes;

namespace Spoke.Emulator.Tests.State;

/// <summary>The chunked ordered index must count and list exactly the entries of a range through many adds and removes.</summary>
public sealed class OrderedIndexTests
{
    [Fact]
    public void Ranges_stay_exact_while_chunks_split_and_empty()
    {
        var random = new Random(7);
        var keys = new Dictionary<int, double>();
        var index = new OrderedIndex([]);
        for (var step = 0; step < 20_000; step++)
        {
            var slot = random.Next(6_000);
            if (keys.Remove(slot, out var old))
            {
                index.Remove(old, slot);
            }

            if (random.Next(4) > 0)
            {
                // Few distinct keys (and NaN, which orders first) make long runs of equal keys that span chunks.
                var key = random.Next(20) == 0 ? double.NaN : random.Next(-50, 50) / 2.0;
                keys[slot] = key;
                index.Add(key, slot);
            }

            if (step % 500 == 0)
            {
                AssertRangesMatch(index, keys, random);
            }
        }

        AssertRangesMatch(index, keys, random);
    }

    private static void AssertRangesMatch(OrderedIndex index, Dictionary<int, double> keys, Random random)
    {
        for (var probe = 0; probe < 50; probe++)
        {
            double? low = random.Next(5) == 0 ? null : random.Next(-60, 60) / 2.0;
            double? high = random.Next(5) == 0 ? null : random.Next(-60, 60) / 2.0;
            var range = new KeyRange(low, random.Next(2) == 0, high, random.Next(2) == 0);
            var expected = keys.Where(k => InRange(k.Value, range)).Select(k => k.Key).Order().ToList();

            using var set = new SlotSet(6_000);
            index.AddTo(set, range);
            var listed = new List<int>();
            foreach (var slot in set.InOrder(descending: false))
            {
                listed.Add(slot);
            }

            Assert.Equal(expected.Count, index.Count(range));
            Assert.Equal(expected, listed);
        }
    }

    private static bool InRange(double key, KeyRange range) =>
        (range.Low is not { } low || (range.LowInclusive ? key.CompareTo(low) >= 0 : key.CompareTo(low) > 0))
        && (range.High is not { } high || (range.HighInclusive ? key.CompareTo(high) <= 0 : key.CompareTo(high) < 0));
}
