using XinxingPortal.TechTransfer.Matching;

namespace XinxingPortal.UnitTests.TechTransfer;

public sealed class TermExtractorTests
{
    private static readonly TermExtractor Extractor = new();

    [Theory]
    [InlineData("采用煤焦油全馏分加氢工艺生产燃料油", "煤焦油")]
    [InlineData("采用煤焦油全馏分加氢工艺生产燃料油", "加氢")]
    [InlineData("高浓度含酚废水酚氨回收", "酚氨回收")]
    [InlineData("兰炭企业煤热解废水处理", "煤热解")]
    [InlineData("棉花膜下滴灌水肥一体化", "滴灌")]
    [InlineData("多晶硅还原炉尾气", "多晶硅")]
    [InlineData("钒钛磁铁矿冶炼", "钒钛")]
    [InlineData("果蔬冷链运输", "冷链")]
    public void Domain_terms_stay_whole(string text, string term) => Assert.Contains(term, Extractor.Terms(text));

    [Fact]
    public void Stop_words_generic_listing_words_and_punctuation_are_dropped()
    {
        var terms = Extractor.Terms("我们的技术，是一种先进的煤焦油加工工艺！（欢迎合作）");

        Assert.Contains("煤焦油", terms);
        Assert.DoesNotContain(terms, t => t is "我们" or "的" or "技术" or "工艺" or "合作" or "，" or "！" or "（");
        Assert.All(terms, t => Assert.True(char.IsLetter(t[0])));
    }

    [Fact]
    public void Numbers_and_single_characters_are_dropped() =>
        Assert.Empty(Extractor.Terms("96% 3.5 2024 酚 氨 a ≥ ℃"));

    [Fact]
    public void English_words_are_lower_cased_and_English_stop_words_dropped() =>
        Assert.Equal(["coal", "tar", "hydrogenation", "clean", "fuels"], Extractor.Terms("Coal Tar Hydrogenation for the CLEAN fuels"));

    [Fact]
    public void Full_width_letters_fold_to_ASCII() => Assert.Contains("pv", Extractor.Terms("ＰＶ组件清洗"));

    [Fact]
    public void Empty_text_has_no_terms()
    {
        Assert.Empty(Extractor.Terms(null));
        Assert.Empty(Extractor.Terms("  \n "));
    }

    [Fact]
    public void A_rare_technical_term_weighs_more_than_an_everyday_word()
    {
        Assert.True(Extractor.Weight("煤焦油") > Extractor.Weight("系统") + 3);
        Assert.True(Extractor.Weight("冷链") > Extractor.Weight("物流"), "a domain term jieba's IDF table lacks counts as rare");
    }

    [Fact]
    public void Cutting_is_safe_from_many_threads()
    {
        var expected = Extractor.Terms("煤焦油全馏分加氢与多晶硅尾气回收");

        Parallel.For(0, 64, _ => Assert.Equal(expected, Extractor.Terms("煤焦油全馏分加氢与多晶硅尾气回收")));
    }
}
