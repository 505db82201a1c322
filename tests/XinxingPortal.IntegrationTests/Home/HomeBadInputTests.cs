using System.Net;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Home;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Home;

/// <summary>
/// Bad layouts: the recipe fails with the step and the path and changes nothing, the admin form puts the message by the
/// field and stores nothing, and a published layout that no longer holds never breaks the page.
/// </summary>
public sealed class HomeBadInputTests : IClassFixture<HomeFixture>
{
    private readonly HomeFixture fixture;

    public HomeBadInputTests(HomeFixture fixture)
    {
        this.fixture = fixture;
        // A sibling that exists but is switched off; it has no database, and none is needed to refuse it.
        var store = fixture.Factory.Services.GetRequiredService<TenantSettingsStore>();
        if (store.Find("closed") is null)
        {
            store.Save(fixture.Factory.NewTenant("closed", "closed") with { State = TenantState.Disabled });
        }
    }

    [Theory]
    [InlineData("Default", "main", """{ "type": "nosuch.block" }""", ".zones.main[0].type", "no block")]
    [InlineData("kepu", "main", """{ "type": "policies.notices" }""", ".zones.main[0].type", "XinxingPortal.Policies")]
    [InlineData("Default", "banner", """{ "type": "banner", "image": "0123456789abcdef0123456789abcdef" }""", ".zones.banner[0].alt", "alt text")]
    [InlineData("Default", "main", """{ "type": "policies.notices", "count": 0 }""", ".zones.main[0].count", "1 to 20")]
    [InlineData("Default", "main", """{ "type": "policies.notices", "count": 10000 }""", ".zones.main[0].count", "1 to 20")]
    [InlineData("Default", "sidebar", """{ "type": "policies.notices" }""", ".zones.sidebar", "no zone")]
    [InlineData("Default", "main", """{ "type": "text", "text": "你好<script>alert(1)</script>" }""", ".zones.main[0].text", "HTML tags")]
    [InlineData("Default", "main", """{ "type": "outreach.events", "tenant": "nosuch" }""", ".zones.main[0].tenant", "no other site")]
    [InlineData("Default", "main", """{ "type": "outreach.events", "tenant": "closed" }""", ".zones.main[0].tenant", "disabled")]
    [InlineData("Default", "main", """{ "type": "policies.documents", "filter": "gossip" }""", ".zones.main[0].filter", "not a filter")]
    [InlineData("Default", "aside", """{ "type": "links", "links": [ { "text": "坏链接", "url": "javascript:alert(1)" } ] }""", ".zones.aside[0].links[0].url", "starts with")]
    public async Task A_bad_block_fails_the_recipe_with_its_path_and_changes_nothing(string tenant, string zone, string block, string path, string reason)
    {
        var before = await DatabaseSnapshot.TakeAsync(fixture.Factory, tenant);
        var json = $$"""
            { "name": "t", "steps": [ { "name": "home", "layouts": [ { "culture": "zh-CN", "zones": { "{{zone}}": [ {{block}} ] } } ] } ] }
            """;

        var ex = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunJsonAsync(tenant, json));

        Assert.Equal(0, ex.StepIndex);
        Assert.Equal("$.steps[0].layouts[0]" + path, ex.JsonPath);
        Assert.Contains(reason, ex.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(fixture.Factory, tenant));
    }

    [Theory]
    [InlineData("Type", "nosuch.block", "Count", "", "There is no block 'nosuch.block'.")]
    [InlineData("Type", "policies.notices", "Count", "0", "Show from 1 to 20 items.")]
    [InlineData("Type", "policies.notices", "Count", "10000", "Show from 1 to 20 items.")]
    [InlineData("Type", "banner", "Image", "0123456789abcdef0123456789abcdef", "A banner needs alt text that says what its image shows.")]
    [InlineData("Type", "text", "Text", "<b>粗体</b>", "Write the text in Markdown; HTML tags are not allowed.")]
    [InlineData("Type", "outreach.events", "Tenant", "closed", "The site 'closed' is disabled.")]
    [InlineData("Zone", "sidebar", "Type", "policies.notices", "There is no zone 'sidebar'; use banner, main, aside or footer.")]
    public async Task The_admin_form_shows_the_message_by_the_field_and_stores_nothing(string field1, string value1, string field2, string value2, string message)
    {
        var admin = await fixture.AdminAsync();
        var before = await DatabaseSnapshot.TakeAsync(fixture.Factory, "Default");

        (string, string)[] fields = [("Blocks[0].Position", "10"), ($"Blocks[0].{field1}", value1), ($"Blocks[0].{field2}", value2)];
        if (field1 != "Zone")
        {
            fields = [.. fields, ("Blocks[0].Zone", "main")];
        }

        var response = await admin.PostFormAsync("/en/admin/home/en", "/en/admin/home/en", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"class=\"field-validation-error\" id=\"b0-", html);
        Assert.Contains(message, html);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(fixture.Factory, "Default"));
    }

    [Fact]
    public async Task A_message_is_in_the_admins_language()
    {
        var admin = await fixture.AdminAsync();
        var response = await admin.PostFormAsync("/admin/home/zh-CN", "/admin/home/zh-CN",
            ("Blocks[0].Zone", "main"), ("Blocks[0].Type", "policies.notices"), ("Blocks[0].Count", "10000"));
        Assert.Contains("显示条数须在 1 到 20 之间。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_published_layout_that_no_longer_holds_never_breaks_the_page_and_the_preview_says_why()
    {
        await using (var scope = await fixture.Factory.TenantScopeAsync("Default"))
        {
            // Written past the checks, as if features and sites changed after publishing.
            var content = scope.ServiceProvider.GetRequiredService<IContentManager<HomeLayout>>();
            await content.SaveDraftAsync(HomeLayout.ItemIdFor("en"), l => l.Blocks =
            [
                new HomeBlock { Zone = "main", Type = "techtransfer.outcomes", Count = 3 },
                new HomeBlock { Zone = "main", Type = "nosuch.block" },
                new HomeBlock { Zone = "main", Type = "outreach.events", Tenant = "closed" },
                new HomeBlock { Zone = "main", Type = "outreach.events", Tenant = "gone" },
                new HomeBlock { Zone = "aside", Type = "banner", Image = "0123456789abcdef0123456789abcdef" },
                new HomeBlock { Zone = "sidebar", Type = "policies.notices" },
                new HomeBlock { Zone = "footer", Type = "text", Text = "Plain words <script>alert(1)</script><img src=x onerror=alert(2)>" },
            ], "test");
            await content.PublishAsync(HomeLayout.ItemIdFor("en"), "test");
        }

        var response = await fixture.Factory.Browser().GetAsync("/en/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/en/techtransfer/outcomes\"", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("Blocks left out", html);

        var preview = WebUtility.HtmlDecode(await (await fixture.AdminAsync()).GetStringAsync("/en/admin/home/en/preview"));
        Assert.Contains("There is no block 'nosuch.block'.", preview);
        Assert.Contains("The site 'closed' is disabled.", preview);
        Assert.Contains("There is no other site named 'gone'.", preview);
        Assert.Contains("A banner needs alt text that says what its image shows.", preview);
        Assert.Contains("There is no zone 'sidebar'", preview);
        Assert.Contains("HTML tags are not allowed.", preview);
    }

    [Fact]
    public async Task A_draft_is_previewed_before_it_is_published()
    {
        var admin = await fixture.AdminAsync();
        var saved = await admin.PostFormAsync("/admin/home/zh-CN", "/admin/home/zh-CN",
            ("Blocks[0].Position", "10"), ("Blocks[0].Zone", "main"), ("Blocks[0].Type", "text"), ("Blocks[0].Title", "草稿里的新栏目"), ("Blocks[0].Text", "**新栏目**正文"),
            ("Blocks[1].Position", "20"), ("Blocks[1].Zone", "main"), ("Blocks[1].Type", "policies.notices"), ("Blocks[1].Count", "2"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.DoesNotContain("草稿里的新栏目", await fixture.Factory.Browser().GetStringAsync("/"));
        var preview = await admin.GetStringAsync("/admin/home/zh-CN/preview");
        Assert.Contains("草稿里的新栏目", preview);
        Assert.Contains("<strong>新栏目</strong>正文", preview);

        var published = await admin.PostFormAsync("/admin/home/zh-CN", "/admin/home/zh-CN/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var home = await fixture.Factory.Browser().GetStringAsync("/");
        Assert.Contains("草稿里的新栏目", home);
        Assert.Contains("href=\"/policies?type=notice\"", home);
    }

    [Fact]
    public async Task The_admin_screen_needs_its_permission()
    {
        var response = await fixture.Factory.Browser().GetAsync("/admin/home");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await (await fixture.AdminAsync()).GetAsync("/admin/home")).StatusCode);
    }
}
