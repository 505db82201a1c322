using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>
/// Findings 1 and 5: a site whose canonical address is HTTPS puts that address in every absolute link (sitemap, Atom,
/// JSON-LD, .ics), sends plain-HTTP visitors there, marks its cookies Secure and sends HSTS.
/// </summary>
public sealed class HttpsDeploymentTests : IDisposable
{
    private const string Origin = "https://kjj.example.gov.cn";
    private readonly PortalFactory factory = new();

    public HttpsDeploymentTests()
    {
        factory.Settings["Portal:BaseUrl"] = Origin;
        factory.Settings["Portal:Hosts:0"] = "localhost";
    }

    [Fact]
    public async Task Every_absolute_link_carries_the_canonical_https_origin()
    {
        var client = Https();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var sitemap = await client.GetStringAsync("/sitemap.xml");
        Assert.Contains($"<loc>{Origin}/policies/plan-2022-12</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("<loc>https://localhost", sitemap, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Origin}/policies/", await client.GetStringAsync("/policies/feed/policy.atom"), StringComparison.Ordinal);
        Assert.Contains($"\"{Origin}/policies/plan-2022-12\"", await client.GetStringAsync("/policies.json?type=policy"), StringComparison.Ordinal);
        Assert.Contains($"<loc>{Origin}/kepu/", await client.GetStringAsync("/kepu/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_is_sent_to_https_and_https_answers_with_hsts_and_secure_cookies()
    {
        var plain = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        var redirect = await plain.GetAsync("/policies?page=2");
        Assert.Equal(HttpStatusCode.PermanentRedirect, redirect.StatusCode);
        Assert.Equal($"{Origin}/policies?page=2", redirect.Headers.Location!.OriginalString);

        var login = await Https().GetAsync("/account/login");
        Assert.StartsWith("max-age=", login.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => factory.Dispose();

    private HttpClient Https() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
}
