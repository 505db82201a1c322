using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests;

public sealed class PublicSiteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Home_is_served_in_Chinese_from_the_portal_recipe()
    {
        var html = await factory.Browser().GetStringAsync("/");
        Assert.Contains("<html lang=\"zh-CN\" dir=\"ltr\">", html);
        Assert.Contains("第十三师新星市科学技术局", html);
        Assert.Contains("<meta name=\"SiteIDCode\"", html);
    }

    [Fact]
    public async Task Uyghur_pages_are_right_to_left()
    {
        var html = await factory.Browser().GetStringAsync("/ug/pages/about");
        Assert.Contains("<html lang=\"ug\" dir=\"rtl\">", html);
    }

    [Fact]
    public async Task English_pages_carry_the_English_translation()
    {
        var html = await factory.Browser().GetStringAsync("/en/pages/about");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html);
        Assert.Contains("href=\"/ug/pages/about\"", html);
        Assert.Contains("href=\"/pages/about\"", html);
    }

    [Fact]
    public async Task A_page_names_its_translations_for_search_engines_and_private_pages_ask_not_to_be_indexed()
    {
        var browser = factory.Browser();
        var about = await browser.GetStringAsync("/en/pages/about");
        Assert.Contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"/pages/about\">", about);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"ug\" href=\"/ug/pages/about\">", about);
        Assert.DoesNotContain("hreflang=\"en\" href", about.Split("</head>")[0]);
        Assert.DoesNotContain("name=\"robots\"", about);

        Assert.Contains("<meta name=\"robots\" content=\"noindex, follow\">", await browser.GetStringAsync("/search?q=%E7%A7%91%E6%8A%80"));
        var spent = await browser.GetAsync("/account/reset?user=nobody&token=forged");
        Assert.Equal(HttpStatusCode.BadRequest, spent.StatusCode);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", await spent.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_seeded_page_is_published_in_every_culture()
    {
        var client = factory.Browser();
        foreach (var slug in new[] { "about", "functions", "contact", "accessibility", "privacy" })
        {
            foreach (var prefix in new[] { "", "/ug", "/en" })
            {
                var response = await client.GetAsync($"{prefix}/pages/{slug}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{prefix}/pages/{slug} answered {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task An_unknown_page_is_a_404_inside_the_site_frame()
    {
        var response = await factory.Browser().GetAsync("/pages/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"main\"", html);
        Assert.Contains("页面不存在", html);
    }

    [Fact]
    public async Task The_microsite_serves_its_own_content_under_its_prefix()
    {
        var client = factory.Browser();
        var home = await client.GetStringAsync("/kepu/");
        Assert.Contains("href=\"/kepu/pages/about\"", home);
        Assert.DoesNotContain("第十三师新星市科学技术局</strong>", home);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kepu/pages/functions")).StatusCode);
    }

    [Fact]
    public async Task A_Default_only_feature_answers_404_on_the_microsite()
    {
        var client = factory.Browser();
        Assert.Equal(HttpStatusCode.Found, (await client.GetAsync("/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kepu/admin/tenants")).StatusCode);
    }

    [Fact]
    public async Task A_culture_the_tenant_does_not_speak_is_404()
    {
        var client = factory.Browser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/kepu/ug/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kepu/en/")).StatusCode);
    }

    [Fact]
    public async Task Links_inside_a_prefix_tenant_keep_the_prefix_and_language()
    {
        var html = await factory.Browser().GetStringAsync("/kepu/ug/pages/about");
        Assert.Contains("href=\"/kepu/ug/account/login\"", html);
        Assert.Contains("href=\"/kepu/pages/about\"", html);
    }

    [Fact]
    public async Task Pages_forbid_foreign_scripts_and_framing()
    {
        var response = await factory.Browser().GetAsync("/pages/about");
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_hostile_path_gets_a_clear_404_not_an_error()
    {
        var client = factory.Browser();
        foreach (var path in new[] { "/pages/%3Cscript%3E", "/pages/..%2F..%2Fetc%2Fpasswd", "/kepu/pages/' OR 1=1 --", "/ug/ug/ug" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
        }
    }
}
