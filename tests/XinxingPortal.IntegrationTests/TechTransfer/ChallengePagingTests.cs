using System.Net;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>The one pager on a real list: bad page numbers show a page, links keep the filter, the current page is marked.</summary>
public sealed class ChallengePagingTests(ChallengeFixture fixture) : IClassFixture<ChallengeFixture>
{
    private async Task TwelveGarmentChallengesAsync()
    {
        for (var i = 0; i < 12; i++)
        {
            await fixture.ChallengeAsync(fixture.Today.AddDays(10 + i), field: TechField.Garments);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1000000000000")]
    [InlineData("99999999999999999999")]
    public async Task Any_page_number_shows_a_page(string page)
    {
        var response = await fixture.Factory.Browser().GetAsync("/techtransfer/challenges?page=" + page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Page_links_keep_the_filter_and_mark_the_current_page()
    {
        await TwelveGarmentChallengesAsync();

        var html = await fixture.Factory.Browser().GetStringAsync("/ug/techtransfer/challenges?field=Garments&page=2");

        Assert.Contains("<nav aria-label=\"نەتىجە بەتلىرى\">", html);
        Assert.Contains("href=\"?field=Garments&amp;page=2\" aria-current=\"page\">2</a>", html);
        Assert.Contains("rel=\"prev\" href=\"?field=Garments&amp;page=1\"", html);
        Assert.DoesNotContain("rel=\"next\"", html);

        // Far beyond the end shows the last page, marked as such.
        var last = await fixture.Factory.Browser().GetStringAsync("/techtransfer/challenges?field=Garments&page=1000000");
        Assert.Contains("aria-current=\"page\">2</a>", last);
    }
}
