using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace XinxingPortal.Abstractions.Text;

/// <summary>
/// jieba's word-and-prefix table as a read-only <see cref="IDictionary{TKey,TValue}"/> over a <see cref="CompactWordTable{TValue}"/>,
/// put into jieba's <c>WordDictionary.Trie</c> field once <see cref="ChineseLexicon"/> has added its words. jieba 0.42.2
/// only calls <c>ContainsKey</c> and the indexer while cutting; the rest is here so any other reader still works.
/// Writes throw: jieba's dictionary is shared static state that every cut reads without locks.
/// </summary>
internal sealed class FrozenWordDictionary(CompactWordTable<int> table, Action? onRejectedWrite = null) : IDictionary<string, int>, IReadOnlyDictionary<string, int>
{
    public const string FrozenMessage =
        "jieba's dictionary is frozen once ChineseLexicon has loaded: add words to DomainTerms.txt instead of calling AddWord or DeleteWord at run time.";

    public CompactWordTable<int> Table { get; } = table;

    public int Count => Table.Count;

    public bool IsReadOnly => true;

    public ICollection<string> Keys => Enumerable.Range(0, Table.Count).Select(i => Table.KeyAt(i).ToString()).ToArray();

    public ICollection<int> Values => Enumerable.Range(0, Table.Count).Select(Table.ValueAt).ToArray();

    IEnumerable<string> IReadOnlyDictionary<string, int>.Keys => Keys;

    IEnumerable<int> IReadOnlyDictionary<string, int>.Values => Values;

    public int this[string key]
    {
        get => Table.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not in jieba's dictionary.");
        set => throw Rejected();
    }

    public bool ContainsKey(string key) => Table.TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => Table.TryGetValue(key, out value);

    public bool Contains(KeyValuePair<string, int> item) => Table.TryGetValue(item.Key, out var value) && value == item.Value;

    public void CopyTo(KeyValuePair<string, int>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfLessThan(array.Length - arrayIndex, Count, nameof(arrayIndex));
        foreach (var pair in this)
        {
            array[arrayIndex++] = pair;
        }
    }

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        for (var i = 0; i < Table.Count; i++)
        {
            yield return new KeyValuePair<string, int>(Table.KeyAt(i).ToString(), Table.ValueAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Add(string key, int value) => throw Rejected();

    public void Add(KeyValuePair<string, int> item) => throw Rejected();

    public bool Remove(string key) => throw Rejected();

    public bool Remove(KeyValuePair<string, int> item) => throw Rejected();

    public void Clear() => throw Rejected();

    // jieba's AddWord lowers WordDictionary.Total for a known word before it writes the word; the callback puts the total
    // back, so a rejected AddWord leaves the segmenter exactly as it was rather than subtly mis-weighted.
    private NotSupportedException Rejected()
    {
        onRejectedWrite?.Invoke();
        return new NotSupportedException(FrozenMessage);
    }
}
