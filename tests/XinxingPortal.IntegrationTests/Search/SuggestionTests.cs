namespace XinxingPortal.IntegrationTests.Search;

/// <summary>"Did you mean" offers words as a reader writes them, in each culture.</summary>
public sealed class SuggestionTests(SearchHost host) : IClassFixture<SearchHost>
{
    [Theory]
    [InlineData("/en", "sciense", "science")] // the index holds the stem "scienc"; the reader sees the word
    [InlineData("/en", "sciense bureau", "science bureau")]
    [InlineData("/ug", "پىلانا", "پىلانى")]
    [InlineData("", "媒焦油", "煤焦油")]
    public async Task A_misspelt_word_is_corrected_to_a_readable_word_of_the_index(string prefix, string q, string expected)
    {
        var json = await host.JsonAsync("q=" + Uri.EscapeDataString(q), prefix);
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Equal(expected, json.GetProperty("suggestion").GetString());
    }
}
