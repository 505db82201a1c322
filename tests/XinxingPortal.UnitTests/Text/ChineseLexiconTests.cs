using System.Reflection;
using System.Runtime.CompilerServices;
using JiebaNet.Segmenter;
using XinxingPortal.Abstractions.Text;

namespace XinxingPortal.UnitTests.Text;

public sealed class ChineseLexiconTests
{
    private static JiebaSegmenter Segmenter => ChineseLexicon.Shared.Segmenter;

    // jieba reads its dictionary the first time anything touches WordDictionary, from the folder ChineseLexicon sets; so
    // the lexicon is loaded before jieba's own types are looked at.
    private static WordDictionary Words
    {
        get
        {
            _ = ChineseLexicon.Shared;
            return WordDictionary.Instance;
        }
    }

    // Cut and CutForSearch of each sentence as jieba cut them with its own Dictionary, before the compact table
    // (recorded on main at 776a546). The compact table must not change a single cut.
    public static TheoryData<string, string, string> Recorded() => new()
    {
        {
            "新疆生产建设兵团第十三师新星市科学技术局",
            "新疆生产建设兵团|第十三|师|新星|市|科学技术|局",
            "新疆|生产|建设|兵团|新疆生产建设兵团|第十|十三|第十三|师|新星|市|科学|技术|科学技术|局"
        },
        {
            "采用煤焦油全馏分加氢工艺，推进揭榜挂帅项目落地",
            "采用|煤焦油|全馏分|加氢|工艺|，|推进|揭榜|挂帅|项目|落地",
            "采用|煤焦|焦油|煤焦油|馏分|全馏分|加氢|工艺|，|推进|揭榜|挂帅|项目|落地"
        },
        {
            "2024年新星市高新技术企业认定申报通知（第3批）",
            "2024|年|新星|市|高新技术|企业|认定|申报|通知|（|第|3|批|）",
            "2024|年|新星|市|高新|技术|高新技术|企业|认定|申报|通知|（|第|3|批|）"
        },
        {
            "基于AI视觉的PV组件缺陷检测与GPS定位，精度达99.5%",
            "基于|AI|视觉|的|PV|组件|缺陷|检测|与|GPS|定位|，|精度|达|99.5%",
            "基于|AI|视觉|的|PV|组件|缺陷|检测|与|GPS|定位|，|精度|达|99.5%"
        },
        {
            "棉花膜下滴灌水肥一体化技术在哈密推广",
            "棉花|膜下滴灌|水肥一体化|技术|在|哈密|推广",
            "棉花|滴灌|膜下滴灌|水肥|一体|一体化|水肥一体化|技术|在|哈密|推广"
        },
        {
            "关于组织申报2025年度兵团科技计划项目的通知",
            "关于|组织|申报|2025|年度|兵团|科技|计划|项目|的|通知",
            "关于|组织|申报|2025|年度|兵团|科技|计划|项目|的|通知"
        },
    };

    [Theory]
    [MemberData(nameof(Recorded))]
    public void Sentences_are_cut_exactly_as_before_the_compact_table(string sentence, string cut, string cutForSearch)
    {
        Assert.Equal(cut, string.Join('|', Segmenter.Cut(sentence)));
        Assert.Equal(cutForSearch, string.Join('|', Segmenter.CutForSearch(sentence)));
    }

    [Theory]
    [InlineData("新疆生产建设兵团第十三师新星市科学技术局", "新疆生产建设兵团|第十三|师|新星|市|科学技术|局")]
    [InlineData("基于AI视觉的PV组件缺陷检测与GPS定位，精度达99.5%", "基于|AI|视觉|的|PV|组件|缺陷|检测|与|GPS|定位|，|精度|达|99|.|5|%")]
    public void Sentences_are_cut_as_before_without_the_hidden_markov_model_too(string sentence, string cut) =>
        Assert.Equal(cut, string.Join('|', Segmenter.Cut(sentence, hmm: false)));

    [Fact]
    public void Jieba_reads_its_words_from_the_compact_table()
    {
        // If a jieba upgrade renames or retypes the field, loading the lexicon throws and so does this test.
        var field = typeof(WordDictionary).GetField("Trie", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        Assert.NotNull(field);

        var trie = Assert.IsType<FrozenWordDictionary>(field.GetValue(Words));

        Assert.InRange(trie.Count, 490_000, 510_000);
        Assert.True(trie["煤焦油"] > 0, "a domain term added before the swap is a word");
        Assert.True(trie["科学技术"] > 0);
        Assert.Equal(0, trie["新疆生产建设兵"]);
        Assert.False(trie.ContainsKey("新疆生产建设兵团第十三师"));
    }

    [Fact]
    public void Adding_a_word_after_loading_throws_and_changes_nothing()
    {
        var total = Words.Total;

        var error = Assert.Throws<NotSupportedException>(() => Segmenter.AddWord("新星市科学技术局", 1000));

        Assert.Contains("frozen", error.Message, StringComparison.Ordinal);
        Assert.Equal(total, Words.Total);
        Assert.False(Words.ContainsWord("新星市科学技术局"));
    }

    [Fact]
    public void Freezing_copies_every_entry_into_a_read_only_table()
    {
        var owner = new JiebaLike();

        var frozen = ChineseLexicon.FreezeTrie(owner);

        Assert.Same(frozen, owner.Trie);
        Assert.Equal(3, frozen.Count);
        Assert.Equal(5, frozen["新疆"]);
        Assert.Equal(0, frozen["新"]);
        Assert.True(frozen.TryGetValue("技术", out var technology));
        Assert.Equal(9, technology);
        Assert.Throws<KeyNotFoundException>(() => frozen["科学"]);
        Assert.Equal(["技术", "新", "新疆"], frozen.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(frozen.OrderBy(p => p.Key, StringComparer.Ordinal), new JiebaLike().Trie!.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Same(frozen, ChineseLexicon.FreezeTrie(owner));
    }

    [Fact]
    public void Every_write_to_the_frozen_table_throws_and_reports_itself()
    {
        var rejected = 0;
        var frozen = ChineseLexicon.FreezeTrie(new JiebaLike(), () => rejected++);
        IDictionary<string, int> words = frozen;

        Assert.True(words.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => words["新疆"] = 1);
        Assert.Throws<NotSupportedException>(() => words.Add("科学", 1));
        Assert.Throws<NotSupportedException>(() => words.Add(new KeyValuePair<string, int>("科学", 1)));
        Assert.Throws<NotSupportedException>(() => words.Remove("新疆"));
        Assert.Throws<NotSupportedException>(() => words.Remove(new KeyValuePair<string, int>("新疆", 5)));
        var error = Assert.Throws<NotSupportedException>(words.Clear);

        Assert.Equal(6, rejected);
        Assert.Equal(FrozenWordDictionary.FrozenMessage, error.Message);
        Assert.Equal(5, words["新疆"]);
    }

    [Fact]
    public void The_dictionary_jieba_built_is_left_to_the_collector()
    {
        var replaced = FreezeAndForget();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(replaced.IsAlive);
    }

    [Fact]
    public void A_jieba_that_keeps_its_words_elsewhere_fails_loudly()
    {
        var renamed = Assert.Throws<InvalidOperationException>(() => ChineseLexicon.FreezeTrie(new Renamed()));
        var retyped = Assert.Throws<InvalidOperationException>(() => ChineseLexicon.FreezeTrie(new Retyped()));
        var empty = Assert.Throws<InvalidOperationException>(() => ChineseLexicon.FreezeTrie(new JiebaLike { Trie = null }));

        Assert.Contains("no instance field Trie", renamed.Message, StringComparison.Ordinal);
        Assert.Contains("found none", renamed.Message, StringComparison.Ordinal);
        Assert.Contains("0.42.2", retyped.Message, StringComparison.Ordinal);
        Assert.Contains("not loaded", empty.Message, StringComparison.Ordinal);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FreezeAndForget()
    {
        var owner = new JiebaLike();
        var original = new WeakReference(owner.Trie);
        ChineseLexicon.FreezeTrie(owner);
        GC.KeepAlive(owner);
        return original;
    }

    // Shaped like jieba 0.42.2's WordDictionary: an instance field Trie holding every word and its prefixes.
    private sealed class JiebaLike
    {
        internal IDictionary<string, int>? Trie = new Dictionary<string, int> { ["新"] = 0, ["新疆"] = 5, ["技术"] = 9 };
    }

    private sealed class Renamed
    {
        internal IDictionary<string, int> Words = new Dictionary<string, int> { ["新疆"] = 5 };
    }

    private sealed class Retyped
    {
        internal Dictionary<string, long> Trie = new() { ["新疆"] = 5 };
    }
}
