using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>Findings 4 and 5: sessions end when they should, and signing in tells an attacker nothing and cannot be hammered.</summary>
public sealed class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "Session-Test-Pass-2026";

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_no_longer_opens_the_admin()
    {
        var client = factory.Browser();
        var login = await client.LoginAsync("", "admin", PortalFactory.AdminPassword);
        var cookie = AuthCookie(login);
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync("/admin/tenants", cookie)).StatusCode);

        var token = await client.AntiforgeryTokenAsync("/admin");
        await client.PostAsync("/account/logout", new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));

        var replayed = await WithCookieAsync("/admin/tenants", cookie);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/account/login", replayed.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_change_ends_the_users_other_sessions()
    {
        await factory.WarmUpAsync();
        await factory.CreateAsync("Default", "twosessions", Password, "Administrator");
        var laptop = factory.Browser();
        var phone = factory.Browser();
        await laptop.LoginAsync("", "twosessions", Password);
        await phone.LoginAsync("", "twosessions", Password);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/admin")).StatusCode);

        var changed = await laptop.PostFormAsync("/account/password", "/account/password",
            ("CurrentPassword", Password), ("NewPassword", Password + "-new"), ("ConfirmPassword", Password + "-new"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Failed_sign_ins_are_throttled_by_name_without_locking_the_account_or_naming_it()
    {
        await factory.WarmUpAsync();
        await factory.CreateAsync("Default", "guarded", Password, "Editor");
        var client = factory.Browser();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync("", "guarded", "wrong-" + i)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync("", "nobody-here", "wrong-" + i)).StatusCode);
        }

        var known = await client.LoginAsync("", "guarded", Password);
        var unknown = await client.LoginAsync("", "nobody-here", Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, known.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown.StatusCode);
        Assert.True(known.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(Message(await known.Content.ReadAsStringAsync()), Message(await unknown.Content.ReadAsStringAsync()));

        // The throttle held the guesser back; the account itself was never locked, so its owner is not shut out.
        await using var scope = await factory.TenantScopeAsync("Default");
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("guarded");
        Assert.Null(user!.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_fail_with_the_same_words_in_comparable_time()
    {
        await factory.WarmUpAsync();
        await factory.CreateAsync("Default", "timed", Password, "Editor");
        var known = new List<double>();
        var unknown = new List<double>();
        string? knownBody = null, unknownBody = null;
        for (var i = 0; i < 4; i++)
        {
            // A fresh name each round keeps the throttle out of the measurement.
            (knownBody, var k) = await TimedAsync("timed", "wrong-" + i);
            (unknownBody, var u) = await TimedAsync("ghost-" + i, "wrong-" + i);
            known.Add(k);
            unknown.Add(u);
        }

        Assert.Equal(Message(knownBody!), Message(unknownBody!));
        known.Sort();
        unknown.Sort();
        // Before, ≈90 ms against ≈4 ms. Both now cost one password hash; the medians must be within a factor of three.
        Assert.InRange(unknown[2] / known[2], 0.33, 3.0);
    }

    private async Task<(string Body, double Milliseconds)> TimedAsync(string user, string password)
    {
        var client = factory.Browser();
        var token = await client.AntiforgeryTokenAsync("/account/login");
        var form = new FormUrlEncodedContent([KeyValuePair.Create("UserName", user), KeyValuePair.Create("Password", password), KeyValuePair.Create("__RequestVerificationToken", token)]);
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync("/account/login", form);
        watch.Stop();
        return (await response.Content.ReadAsStringAsync(), watch.Elapsed.TotalMilliseconds);
    }

    private static string Message(string html)
    {
        var start = html.IndexOf("validation-summary-errors", StringComparison.Ordinal);
        Assert.True(start >= 0, "no error summary on the page");
        var li = html.IndexOf("<li>", start, StringComparison.Ordinal);
        return html[(li + 4)..html.IndexOf("</li>", li, StringComparison.Ordinal)];
    }

    private static string AuthCookie(HttpResponseMessage login) =>
        login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("xp.auth.Default=", StringComparison.Ordinal)).Split(';')[0];

    private async Task<HttpResponseMessage> WithCookieAsync(string url, string cookie)
    {
        var stranger = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await stranger.SendAsync(request);
    }
}
