using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Platform.Home;

namespace XinxingPortal.IntegrationTests.Home;

/// <summary>
/// A text block's Markdown is rendered to sanitized HTML when the layout is saved, as pages and policies are, so the
/// public home page renders none; HTML that arrives with a recipe is never taken as it is.
/// </summary>
public sealed class HomeTextRenderingTests(HomeFixture fixture) : IClassFixture<HomeFixture>
{
    [Fact]
    public async Task A_recipes_text_block_is_stored_with_its_rendered_html_and_any_html_it_brought_is_dropped()
    {
        const string json = """
            { "name": "t", "steps": [ { "name": "home", "layouts": [ { "culture": "en", "zones": { "main": [
              { "type": "text", "title": "About", "text": "**Bold** words, [a link](https://example.org/)",
                "html": "<script>alert(1)</script><p>smuggled</p>" },
              { "type": "links", "links": [ { "text": "Policies", "url": "~/policies" } ],
                "html": "<script>alert(2)</script>" } ] } } ] } ] }
            """;
        await fixture.Factory.RunJsonAsync("Default", json);

        var blocks = await PublishedBlocksAsync("en");
        var text = Assert.Single(blocks, b => b.Type == "text");
        Assert.Contains("<strong>Bold</strong> words", text.Html);
        Assert.Contains("href=\"https://example.org/\"", text.Html);
        Assert.DoesNotContain("smuggled", text.Html);
        Assert.DoesNotContain("<script", text.Html);
        Assert.Null(Assert.Single(blocks, b => b.Type == "links").Html);

        var page = await fixture.Factory.Browser().GetStringAsync("/en/");
        Assert.Contains("<strong>Bold</strong> words", page);
        Assert.DoesNotContain("smuggled", page);
        Assert.DoesNotContain("alert(", page);
    }

    [Fact]
    public async Task The_admin_form_stores_the_rendered_html_of_the_text_it_was_given()
    {
        var admin = await fixture.AdminAsync();
        var saved = await admin.PostFormAsync("/admin/home/ug", "/admin/home/ug",
            ("Blocks[0].Position", "10"), ("Blocks[0].Zone", "main"), ("Blocks[0].Type", "text"), ("Blocks[0].Title", "ئۇچۇر"),
            ("Blocks[0].Text", "*مۇھىم* ئۇقتۇرۇش"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        await using var scope = await fixture.Factory.TenantScopeAsync("Default");
        var latest = await scope.ServiceProvider.GetRequiredService<IContentManager<HomeLayout>>().GetLatestAsync(HomeLayout.ItemIdFor("ug"));
        var text = Assert.Single(latest!.Blocks, b => b.Type == "text");
        Assert.Equal("<p><em>مۇھىم</em> ئۇقتۇرۇش</p>", text.Html?.Trim());
    }

    private async Task<List<HomeBlock>> PublishedBlocksAsync(string culture)
    {
        await using var scope = await fixture.Factory.TenantScopeAsync("Default");
        var layout = await scope.ServiceProvider.GetRequiredService<IContentManager<HomeLayout>>().GetPublishedAsync(HomeLayout.ItemIdFor(culture));
        return layout!.Blocks;
    }
}
