using XinxingPortal.Abstractions.Text;

namespace XinxingPortal.UnitTests.Text;

public sealed class CompactWordTableTests
{
    private static CompactWordTable<int> Table(params (string Key, int Value)[] entries)
    {
        var builder = new CompactWordTable<int>.Builder();
        foreach (var (key, value) in entries)
        {
            builder.Set(key, value);
        }

        return builder.Build();
    }

    [Fact]
    public void Keys_added_are_found_with_their_values_and_others_are_not()
    {
        var table = Table(("新疆", 3), ("新疆生产", 0), ("新疆生产建设兵团", 7), ("技术", 42));

        Assert.True(table.TryGetValue("新疆", out var xinjiang));
        Assert.Equal(3, xinjiang);
        Assert.True(table.TryGetValue("新疆生产", out var prefix));
        Assert.Equal(0, prefix);
        Assert.True(table.TryGetValue("新疆生产建设兵团", out var bingtuan));
        Assert.Equal(7, bingtuan);
        Assert.True(table.TryGetValue("技术", out var technology));
        Assert.Equal(42, technology);

        Assert.False(table.TryGetValue("新", out var missing));
        Assert.Equal(0, missing);
        Assert.False(table.ContainsKey("新疆生"));
        Assert.False(table.ContainsKey("新疆生产建设兵团第"));
        Assert.False(table.ContainsKey("技朮"));
    }

    [Fact]
    public void The_empty_key_is_a_key_like_any_other()
    {
        Assert.False(Table(("技术", 1)).ContainsKey(""));

        var table = Table(("", 5), ("技术", 1));
        Assert.True(table.TryGetValue("", out var value));
        Assert.Equal(5, value);
        Assert.True(table.ContainsKey("技术"));
    }

    [Fact]
    public void An_empty_table_finds_nothing() => Assert.False(Table().TryGetValue("技术", out _));

    [Fact]
    public void A_span_lookup_finds_what_the_string_lookup_finds()
    {
        var table = Table(("科学技术", 1), ("技术局", 2), ("新星", 3));
        const string sentence = "新星市科学技术局";

        for (var start = 0; start < sentence.Length; start++)
        {
            for (var length = 0; start + length <= sentence.Length; length++)
            {
                var piece = sentence.Substring(start, length);
                Assert.Equal(table.TryGetValue(piece, out var byString), table.TryGetValue(sentence.AsSpan(start, length), out var bySpan));
                Assert.Equal(byString, bySpan);
            }
        }

        Assert.True(table.TryGetValue(sentence.AsSpan(3, 4), out var science));
        Assert.Equal(1, science);
    }

    [Fact]
    public void Adding_a_key_again_keeps_the_last_value_and_one_copy_of_the_key()
    {
        var table = Table(("技术", 1), ("科学", 2), ("技术", 9));

        Assert.Equal(2, table.Count);
        Assert.Equal(4, table.CharCount);
        Assert.True(table.TryGetValue("技术", out var value));
        Assert.Equal(9, value);
        Assert.Equal("技术", table.KeyAt(0).ToString());
        Assert.Equal("科学", table.KeyAt(1).ToString());
        Assert.Equal(2, table.ValueAt(1));
    }

    [Fact]
    public void Keys_that_share_slots_are_all_found_past_one_another()
    {
        // 5,000 keys in 8,192 slots: the hash is randomised per process, but keys landing on taken slots are then certain.
        var builder = new CompactWordTable<int>.Builder(expectedCount: 1, expectedChars: 1);
        for (var i = 0; i < 5_000; i++)
        {
            builder.Set($"词{i}", i);
        }

        var table = builder.Build();

        Assert.Equal(5_000, table.Count);
        Assert.True(table.DisplacedKeys > 100, $"only {table.DisplacedKeys} keys were displaced");
        for (var i = 0; i < 5_000; i++)
        {
            Assert.True(table.TryGetValue($"词{i}", out var value));
            Assert.Equal(i, value);
            Assert.False(table.ContainsKey($"字{i}"));
        }
    }

    [Fact]
    public void A_builder_told_the_exact_size_hands_over_its_arrays_and_is_spent()
    {
        var builder = new CompactWordTable<int>.Builder(expectedCount: 20, expectedChars: 40);
        for (var i = 0; i < 20; i++)
        {
            builder.Set($"词{(char)('a' + i)}", i);
        }

        var table = builder.Build();

        Assert.Equal(20, table.Count);
        Assert.Equal(40, table.CharCount);
        Assert.True(table.TryGetValue("词t", out var last));
        Assert.Equal(19, last);
        Assert.False(table.ContainsKey("词u"));
        Assert.Throws<InvalidOperationException>(() => builder.Set("词u", 20));
        Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.False(table.ContainsKey("词u"));
    }

    [Fact]
    public void Float_values_are_kept()
    {
        var builder = new CompactWordTable<float>.Builder();
        builder.Set("技术", 4.7194572f);

        Assert.True(builder.Build().TryGetValue("技术", out var value));
        Assert.Equal(4.7194572f, value);
    }
}
