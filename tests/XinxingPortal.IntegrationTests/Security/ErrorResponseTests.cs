using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>Findings 2 and 3: the error route sent any status, unreadable forms answered status 0, and bad query values threw.</summary>
public sealed class ErrorResponseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(204)]
    [InlineData(304)]
    [InlineData(500)]
    [InlineData(999)]
    public async Task The_error_route_visited_directly_is_a_missing_page(int code)
    {
        var response = await factory.Browser().GetAsync($"/error/{code}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_whose_form_cannot_be_read_is_a_bad_request_not_status_0()
    {
        var client = factory.Browser();
        var noBoundary = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"));
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        var tooManyFields = new FormUrlEncodedContent(Enumerable.Range(0, 2000).Select(i => KeyValuePair.Create("f" + i, "v")));
        var truncated = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb"));
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        foreach (var (url, content) in new (string, HttpContent)[] { ("/account/login", noBoundary), ("/account/login", tooManyFields), ("/kepu/account/login", truncated) })
        {
            var response = await client.PostAsync(url, content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Contains("无法读取请求", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/techtransfer/outcomes?price=1000000000000000")]
    [InlineData("/techtransfer/demands?price=-1000000000000000")]
    [InlineData("/techtransfer/outcomes?price=79228162514264337593543950335&trl=2147483647")]
    [InlineData("/techtransfer/outcomes?page=2147483647")]
    [InlineData("/techtransfer/demands?page=-2147483648&trl=-5")]
    [InlineData("/techtransfer/challenges?page=2147483647")]
    [InlineData("/policies?page=2147483647")]
    public async Task Out_of_range_query_values_are_ignored_not_a_server_error(string url)
    {
        var response = await factory.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_500_page_hides_the_stack_and_keeps_the_security_headers()
    {
        using var throwing = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowingEndpoint>()));
        var response = await throwing.CreateClient().GetAsync("/boom-for-test");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    /// <summary>A path that throws at the very end of the real pipeline, where no endpoint matched.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext http, RequestDelegate rest) => http.Request.Path == "/boom-for-test"
                ? throw new InvalidOperationException("boom")
                : rest(http));
        };
    }
}
