using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests;

public sealed class RecipeTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public RecipeTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.WarmUpAsync().GetAwaiter().GetResult();
        factory.WarmUpAsync("/kepu").GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Default", "xinxing-portal")]
    [InlineData("kepu", "kepu-microsite")]
    public async Task Running_a_recipe_twice_changes_no_row(string tenant, string recipe)
    {
        var before = await DatabaseSnapshot.TakeAsync(factory, tenant);
        await factory.RunNamedAsync(tenant, recipe);
        var after = await DatabaseSnapshot.TakeAsync(factory, tenant);

        Assert.Equal(before.Keys, after.Keys);
        foreach (var table in before.Keys)
        {
            Assert.True(before[table].SequenceEqual(after[table]), $"table {table} changed");
        }

        Assert.NotEmpty(before["Pages_Pages"]);
    }

    public static TheoryData<string, int, string, string> BrokenRecipes => new()
    {
        { """{ "name": "bad", "steps": [ { "name": "settings", "siteName": "改过的名字" }, { "name": "fetaure", "enable": [] } ] }""", 1, "$.steps[1].name", "unknown step 'fetaure'" },
        { """{ "name": "bad", "steps": [ { "name": "settings", "siteName": "改过的名字" }, { "name": "feature", "enable": ["XinxingPortal.Nope"] } ] }""", 1, "$.steps[1].enable[0]", "unknown feature 'XinxingPortal.Nope'" },
        { """{ "name": "bad", "steps": [ { "name": "settings", "siteName": "改过的名字" }, { "name": "settings", "cultures": "zh-CN" } ] }""", 1, "$.steps[1].cultures", "could not be converted" },
        { """{ "name": "bad", "steps": [ { "name": "settings", "siteName": "改过的名字" }, { "name": "settings", "cultures": ["fr"] } ] }""", 1, "$.steps[1].cultures[0]", "unsupported culture 'fr'" },
        { """{ "name": "bad", "steps": [ { "name": "settings", "siteName": "改过的名字" }, { "name": "pages", "pages": [ { "contentItemId": "x", "culture": "zh-CN", "slug": "Bad Slug", "title": "t", "body": "b" } ] } ] }""", 1, "$.steps[1].pages[0].slug", "slug" },
        { """{ "name": "bad", "steps": [ { "name": "settings", "siteName": "改过的名字" }, { "name": "roles", "roles": [ { "name": "Editor", "permissions": ["Pages.Fly"] } ] } ] }""", 1, "$.steps[1].roles[0].permissions[0]", "unknown permission 'Pages.Fly'" },
        { """{ "name": "bad", "steps": [ { "name": "settings", "siteName": "改过的名字" }, { "name": "menu", "items": [ { "id": "x", "url": "javascript:alert(1)", "text": { "zh-CN": "x" } } ] } ] }""", 1, "$.steps[1].items[0].url", "menu URL" },
        { """{ "name": "bad", "steps": [ { "name": "settings", "siteName": "改过的名字", "colour": "red" } ] }""", 0, "$.steps[0].colour", "colour" },
        { """{ "name": "bad", "steps": [ { "name": "settings", "siteName": "改过的名字" }, { "name": "recipes", "recipes": ["no-such-recipe"] } ] }""", 1, "$.steps[1].recipes[0]", "no-such-recipe" },
        { "{ \"name\": \"bad\", \"steps\": [ { \"name\": \"settings\" ", -1, "$", "malformed JSON" },
    };

    [Theory]
    [MemberData(nameof(BrokenRecipes))]
    public async Task A_broken_recipe_names_step_and_path_and_changes_nothing(string json, int step, string path, string reason)
    {
        var before = await DatabaseSnapshot.TakeAsync(factory, "Default");

        var ex = await Assert.ThrowsAsync<RecipeException>(() => factory.RunJsonAsync("Default", json));

        Assert.Equal(step, ex.StepIndex);
        Assert.Equal(path, ex.JsonPath);
        Assert.Contains(reason, ex.Reason);
        var after = await DatabaseSnapshot.TakeAsync(factory, "Default");
        Assert.Equal(before, after);
        Assert.DoesNotContain("改过的名字", await factory.Browser().GetStringAsync("/"));
    }

    [Fact]
    public async Task A_step_of_a_feature_the_tenant_lacks_is_refused()
    {
        var ex = await Assert.ThrowsAsync<RecipeException>(() => factory.RunJsonAsync("kepu",
            """{ "name": "t", "steps": [ { "name": "tenants", "tenants": [] } ] }"""));
        Assert.Equal("$.steps[0].name", ex.JsonPath);
        Assert.Contains("XinxingPortal.Tenants", ex.Reason);
    }

    [Fact]
    public async Task Markdown_in_a_recipe_is_sanitized_on_the_page()
    {
        await factory.RunJsonAsync("kepu", """
            { "name": "xss", "steps": [ { "name": "pages", "pages": [ {
              "contentItemId": "xss-page", "culture": "zh-CN", "slug": "xss", "title": "<script>alert('t')</script>测试",
              "body": "正文 <script>alert(1)</script> <img src=x onerror=alert(2)> [点我](javascript:alert(3))" } ] } ] }
            """);
        var html = await factory.Browser().GetStringAsync("/kepu/pages/xss");
        Assert.Contains("正文", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("javascript:alert", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
