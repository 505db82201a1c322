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
    [InlineData("棉花膜下滴灌水肥一体化", "膜下滴灌")]
    [InlineData("棉花膜下滴灌水肥一体化", "滴灌")]
    [InlineData("果蔬冷链物流温湿度监控", "冷链")]
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
        Assert.Equal(["coal", "tar", "hydrogenation", "clean", "fuels"], Extractor.Terms("Coal Tar Hydrogenation for the Clean fuels"));

    [Fact]
    public void Acronyms_keep_their_capitals()
    {
        var terms = Extractor.Terms("基于AI视觉的PV组件缺陷检测与GPS定位");

        Assert.Contains("AI", terms);
        Assert.Contains("PV", terms);
        Assert.Contains("GPS", terms);
        Assert.DoesNotContain(terms, t => t is "ai" or "pv" or "gps");
    }

    [Fact]
    public void Full_width_letters_fold_to_ASCII() => Assert.Contains("PV", Extractor.Terms("ＰＶ组件清洗"));

    [Theory]
    [InlineData("燃煤锅炉烟气二氧化硫超低排放", "二氧化硫", new[] { "二氧", "化硫", "氧化" })]
    [InlineData("中低温煤焦油全馏分加氢", "煤焦油", new[] { "煤焦", "焦油" })]
    [InlineData("红枣高附加值精深加工", "高附加值", new[] { "加值", "附加" })]
    public void Only_whole_words_are_terms_never_the_fragments_inside_them(string text, string whole, string[] fragments)
    {
        var terms = Extractor.Terms(text);

        Assert.Contains(whole, terms);
        Assert.All(fragments, f => Assert.DoesNotContain(f, terms));
    }

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
