using XinxingPortal.Abstractions.Paging;

namespace XinxingPortal.UnitTests.Kernel;

public sealed class PageRequestTests
{
    [Theory]
    [InlineData("0", 1)]
    [InlineData("-1", 1)]
    [InlineData("abc", 1)]
    [InlineData("", 1)]
    [InlineData(null, 1)]
    [InlineData("3", 3)]
    [InlineData(" 3 ", 3)]
    [InlineData("1000000000000", PageRequest.MaxNumber)]
    [InlineData("99999999999999999999999", 1)]
    public void Any_query_text_becomes_a_page_that_can_be_read(string? raw, int expected)
    {
        var request = PageRequest.Parse(raw, 20);
        Assert.Equal(expected, request.Number);
        Assert.True(request.Skip >= 0);
    }

    [Fact]
    public void A_page_beyond_the_last_shows_the_last()
    {
        var page = Page<int>.Of([.. Enumerable.Range(1, 45)], new PageRequest(1_000, 20));
        Assert.Equal(3, page.Number);
        Assert.Equal(3, page.Pages);
        Assert.Equal([41, 42, 43, 44, 45], page.Items);
        Assert.False(page.HasNext);
        Assert.True(page.HasPrevious);
    }

    [Fact]
    public void An_empty_list_is_one_empty_page()
    {
        var page = Page<int>.Of([], new PageRequest(-5, 0));
        Assert.Equal((1, 1, 0), (page.Number, page.Pages, page.Items.Count));
    }
}
