using System.Numerics;

namespace XinxingPortal.Abstractions.Text;

/// <summary>
/// An immutable word → value table for the lexicon's big word lists (jieba's 498,229 words and prefixes, 270,132 IDF
/// weights). A <see cref="Dictionary{TKey,TValue}"/> of that size costs one string object per key plus a 24-byte entry,
/// about 70 bytes a word; here every key lives in one shared char pool and the rest are plain arrays, so a word costs its
/// characters plus 8 bytes and about 6 of slots. Lookups take a span, so callers slicing a sentence need not allocate.
/// </summary>
/// <remarks>
/// The slot array is open addressing with linear probing over a power-of-two size kept at most two-thirds full; a slot
/// holds the key's index plus one (0 is empty). Nothing is ever removed, so probing needs no tombstones. Being immutable
/// after <see cref="Builder.Build"/>, the table is safe to read from any number of threads.
/// </remarks>
internal sealed class CompactWordTable<TValue>
    where TValue : struct
{
    private readonly char[] pool;
    private readonly int[] starts;
    private readonly TValue[] values;
    private readonly int[] slots;
    private readonly int mask;

    private CompactWordTable(char[] pool, int[] starts, TValue[] values, int[] slots)
    {
        this.pool = pool;
        this.starts = starts;
        this.values = values;
        this.slots = slots;
        mask = slots.Length - 1;
    }

    public int Count => values.Length;

    /// <summary>The characters of all keys together.</summary>
    public int CharCount => pool.Length;

    /// <summary>Keys not in the slot their hash points at, i.e. that had to probe past another key: for tests and tuning.</summary>
    public int DisplacedKeys
    {
        get
        {
            var displaced = 0;
            for (var slot = 0; slot < slots.Length; slot++)
            {
                if (slots[slot] != 0 && (Hash(KeyAt(slots[slot] - 1)) & mask) != slot)
                {
                    displaced++;
                }
            }

            return displaced;
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var index = IndexOf(key);
        value = index < 0 ? default : values[index];
        return index >= 0;
    }

    public bool TryGetValue(string key, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryGetValue(key.AsSpan(), out value);
    }

    public bool ContainsKey(ReadOnlySpan<char> key) => IndexOf(key) >= 0;

    /// <summary>The key stored at <paramref name="index"/> (0 to <see cref="Count"/> - 1, in the order first added).</summary>
    public ReadOnlySpan<char> KeyAt(int index) => pool.AsSpan(starts[index], starts[index + 1] - starts[index]);

    public TValue ValueAt(int index) => values[index];

    private int IndexOf(ReadOnlySpan<char> key)
    {
        var slot = Hash(key) & mask;
        while (true)
        {
            var entry = slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (KeyAt(entry - 1).SequenceEqual(key))
            {
                return entry - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    // The runtime's randomised string hash: well spread in the low bits the mask keeps, and no allocation for a span.
    private static int Hash(ReadOnlySpan<char> key) => string.GetHashCode(key);

    /// <summary>Slots for <paramref name="count"/> keys: a power of two, so that at most two-thirds are used.</summary>
    private static int SlotCount(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, count + count / 2 + 1));

    private static void Place(int[] slots, int hash, int index)
    {
        var mask = slots.Length - 1;
        var slot = hash & mask;
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = index + 1;
    }

    /// <summary>
    /// Collects keys and values, then builds the table once. Adding a key twice keeps the last value, as a dictionary's
    /// indexer would. Not thread-safe; meant to live only while a word list is read.
    /// </summary>
    internal sealed class Builder(int expectedCount = 16, int expectedChars = 64)
    {
        private char[] pool = new char[Math.Max(16, expectedChars)];
        private int poolLength;
        private int[] starts = new int[Math.Max(16, expectedCount) + 1];
        private TValue[] values = new TValue[Math.Max(16, expectedCount)];
        private int[] hashes = new int[Math.Max(16, expectedCount)];
        private int[] slots = new int[SlotCount(Math.Max(16, expectedCount))];
        private int count;
        private bool built;

        public int Count => count;

        public void Set(ReadOnlySpan<char> key, TValue value)
        {
            ThrowIfBuilt();
            var hash = Hash(key);
            var mask = slots.Length - 1;
            var slot = hash & mask;
            while (slots[slot] != 0)
            {
                var index = slots[slot] - 1;
                if (hashes[index] == hash && pool.AsSpan(starts[index], starts[index + 1] - starts[index]).SequenceEqual(key))
                {
                    values[index] = value;
                    return;
                }

                slot = (slot + 1) & mask;
            }

            if (count == values.Length)
            {
                Array.Resize(ref values, count * 2);
                Array.Resize(ref hashes, count * 2);
                Array.Resize(ref starts, count * 2 + 1);
            }

            if (poolLength + key.Length > pool.Length)
            {
                Array.Resize(ref pool, Math.Max(pool.Length * 2, poolLength + key.Length));
            }

            key.CopyTo(pool.AsSpan(poolLength));
            poolLength += key.Length;
            values[count] = value;
            hashes[count] = hash;
            starts[count + 1] = poolLength;
            slots[slot] = count + 1;
            count++;

            if (SlotCount(count) > slots.Length)
            {
                slots = new int[SlotCount(count) * 2];
                for (var i = 0; i < count; i++)
                {
                    Place(slots, hashes[i], i);
                }
            }
        }

        /// <summary>
        /// The table, with every array cut to size. Arrays already the right size (the builder was told the count, the slots
        /// fit) become the table's own rather than being copied, to keep the peak of a load low; so the builder is spent.
        /// </summary>
        public CompactWordTable<TValue> Build()
        {
            ThrowIfBuilt();
            built = true;
            var finalSlots = slots;
            if (finalSlots.Length != SlotCount(count))
            {
                finalSlots = new int[SlotCount(count)];
                for (var i = 0; i < count; i++)
                {
                    Place(finalSlots, hashes[i], i);
                }
            }

            return new CompactWordTable<TValue>(
                Exact(pool, poolLength), Exact(starts, count + 1), Exact(values, count), finalSlots);
        }

        private void ThrowIfBuilt()
        {
            if (built)
            {
                throw new InvalidOperationException("This builder has built its table already; its arrays are the table's now.");
            }
        }

        private static T[] Exact<T>(T[] array, int length) => array.Length == length ? array : array[..length];
    }
}
