using System.Net;
using System.Text.RegularExpressions;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.IntegrationTests.Outreach;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>Finding 1: links in mail took their host from the request's Host header, and any Host was served as Default.</summary>
public sealed class CanonicalOriginTests(OutreachFixture fixture) : IClassFixture<OutreachFixture>
{
    [Fact]
    public async Task Mailed_links_use_the_configured_origin_whatever_the_host_header_says()
    {
        var slug = await fixture.EventAsync(capacity: 5);
        var client = fixture.Factory.Browser();
        // A host the site does answer, spelled with another case and port: the link must still be the configured one.
        client.DefaultRequestHeaders.Host = "LOCALHOST:8443";
        await RegistrationForm.RegisterAsync(client, slug, "origin@kepu.example");

        var body = (await fixture.MailToAsync("origin@kepu.example")).Single().MessageParts[0].BodyData;
        Assert.Matches(new Regex(@"http://localhost/kepu/registrations/[A-Za-z0-9_-]+"), body);
        Assert.DoesNotContain("8443", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("localhost.evil.example")]
    [InlineData("evil.example:80")]
    public async Task A_host_no_tenant_names_is_refused_with_a_clear_page(string host)
    {
        var slug = await fixture.EventAsync(capacity: 5);
        var before = await DatabaseSnapshot.TakeAsync(fixture.Factory, "kepu");
        var client = fixture.Factory.Browser();
        client.DefaultRequestHeaders.Host = host;

        foreach (var path in new[] { "/", "/kepu/", $"/kepu/events/{slug}", "/admin", "/sitemap.xml" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("No site here answers to this address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var posted = await client.PostAsync($"/kepu/events/{slug}/register", new FormUrlEncodedContent([
            KeyValuePair.Create("Name", "张三"), KeyValuePair.Create("Mobile", "13912345678"), KeyValuePair.Create("Email", "forged@kepu.example"),
            KeyValuePair.Create("PartySize", "1"), KeyValuePair.Create("Consent", "true")]));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(fixture.Factory, "kepu"));
    }

    [Fact]
    public async Task A_prefix_typed_in_another_case_is_sent_to_the_one_spelling_its_cookies_use()
    {
        var response = await fixture.Factory.Browser().GetAsync("/KEPU/venues?x=1");
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/kepu/venues?x=1", response.Headers.Location!.OriginalString);
    }
}
