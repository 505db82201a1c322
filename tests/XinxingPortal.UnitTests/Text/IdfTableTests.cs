using XinxingPortal.Abstractions.Text;

namespace XinxingPortal.UnitTests.Text;

public sealed class IdfTableTests
{
    private static IdfTable Shared => ChineseLexicon.Shared.Idf;

    [Theory]
    [InlineData("技术", 4.71945717857)]
    [InlineData("科学", 5.57755476439)]
    [InlineData("煤焦油", 9.72629038208)]
    [InlineData("的", 0.88474202619)]
    public void Known_words_weigh_what_idf_txt_says(string word, double expected) =>
        Assert.Equal(expected, Shared.Of(word), 5);

    [Fact]
    public void The_table_has_every_word_of_idf_txt() => Assert.Equal(270_132, Shared.Count);

    [Fact]
    public void A_word_the_table_lacks_gets_the_median()
    {
        Assert.Equal(11.9547675029, Shared.Median, 5);
        Assert.Equal(Shared.Median, Shared.Of("揭榜挂帅"));
        Assert.Equal(Shared.Median, Shared.Of("新星市"));
        Assert.Equal(Shared.Median, Shared.Of(""));
    }

    [Fact]
    public void A_word_listed_at_the_median_ties_with_a_missing_word()
    {
        // 合金化 is in idf.txt with the median's value; the matching engine orders equal weights alphabetically.
        Assert.Equal(Shared.Of("不在表里的词"), Shared.Of("合金化"));
    }

    [Fact]
    public void A_span_weighs_what_the_string_weighs() =>
        Assert.Equal(Shared.Of("技术"), Shared.Of("科学技术局".AsSpan(2, 2)));

    [Fact]
    public void Reading_a_file_skips_bad_lines_keeps_the_last_duplicate_and_takes_the_median()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["甲 1.0", "乙 0.1", "no value", "丙 x", "乙 9.0", "丁 2.0", "a b 0.5"]);

            var table = IdfTable.Read(path);

            // Four words: 甲 1, 乙 9 (the later line), 丁 2, "a b" 0.5; the median of those is 2 (of all five lines, 1).
            Assert.Equal(4, table.Count);
            Assert.Equal(9.0, table.Of("乙"));
            Assert.Equal(0.5, table.Of("a b"));
            Assert.Equal(2.0, table.Median);
            Assert.Equal(2.0, table.Of("丙"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
