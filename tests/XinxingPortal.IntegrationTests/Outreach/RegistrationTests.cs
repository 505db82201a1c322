using XinxingPortal.Abstractions.Data;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Registrations;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.IntegrationTests.Outreach;

public sealed class RegistrationTests(OutreachFixture fixture) : IClassFixture<OutreachFixture>
{
    [Fact]
    public async Task Register_confirm_by_email_cancel_by_link_and_the_waiting_list_moves_up()
    {
        var slug = await fixture.EventAsync(capacity: 2);
        var first = await RegistrationForm.RegisterAsync(fixture.Factory.Browser(), slug, "first@kepu.example", party: 2);
        Assert.Contains("data-status=\"Confirmed\"", await fixture.Factory.Browser().GetStringAsync(first));

        var waiting = await RegistrationForm.RegisterAsync(fixture.Factory.Browser(), slug, "second@kepu.example");
        Assert.Contains("data-status=\"Waitlisted\"", await fixture.Factory.Browser().GetStringAsync(waiting));

        var confirmation = (await fixture.MailToAsync("first@kepu.example")).Single();
        var link = Regex.Match(confirmation.MessageParts[0].BodyData, @"http://localhost(/kepu/registrations/[A-Za-z0-9_-]+)").Groups[1].Value;
        Assert.Equal(first, link);

        var browser = fixture.Factory.Browser();
        var cancel = await browser.PostFormAsync(link, link + "/cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Contains("data-status=\"Cancelled\"", await browser.GetStringAsync(link));
        Assert.Contains("data-status=\"Confirmed\"", await fixture.Factory.Browser().GetStringAsync(waiting));

        var toSecond = await fixture.MailToAsync("second@kepu.example", count: 2);
        Assert.Contains(toSecond, m => m.MessageParts[0].BodyData.Contains(waiting, StringComparison.Ordinal) && m.Subject.Length > 0);
        Assert.Equal(2, (await fixture.MailToAsync("first@kepu.example", count: 2)).Count);
    }

    [Fact]
    public async Task Concurrent_sign_ups_for_the_last_seats_never_exceed_capacity()
    {
        const int capacity = 5;
        var slug = await fixture.EventAsync(capacity);
        var ev = await EventAsync(slug);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            await using var scope = await fixture.Factory.TenantScopeAsync("kepu");
            var desk = scope.ServiceProvider.GetRequiredService<RegistrationDesk>();
            var input = new RegistrationInput { Name = "并发" + i, Mobile = "13800000000", Email = $"c{i}@kepu.example", PartySize = 1, Consent = true };
            var action = scope.ServiceProvider.GetRequiredService<IPortalDb>();
            return (await action.CommitAsync(() => desk.RegisterAsync(ev, input, "zh-CN", t => "http://localhost/" + t, CancellationToken.None), CancellationToken.None)).Status;
        }));

        Assert.Equal(capacity, outcomes.Count(s => s == RegistrationStatus.Confirmed));
        Assert.Equal(24 - capacity, outcomes.Count(s => s == RegistrationStatus.Waitlisted));
        await using var check = await fixture.Factory.TenantScopeAsync("kepu");
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(capacity, (await db.Set<EventSeats>().SingleAsync(s => s.EventSet == slug)).Taken);
        Assert.Equal(capacity, await db.Set<Registration>().Where(r => r.EventSet == slug && r.Status == RegistrationStatus.Confirmed).SumAsync(r => r.PartySize));
    }

    [Fact]
    public async Task The_database_itself_refuses_more_seats_than_the_capacity()
    {
        var slug = await fixture.EventAsync(capacity: 3);
        await using var scope = await fixture.Factory.TenantScopeAsync("kepu");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Set<EventSeats>().Where(s => s.EventSet == slug).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, 4)));
    }

    [Theory]
    [InlineData("12345", 1, true, "请输入以1开头的11位手机号码。")]
    [InlineData("13912345678", 9, true, "每次报名人数为1至6人。")]
    [InlineData("13912345678", 1, false, "请同意")]
    public async Task Bad_registrations_get_a_clear_message_and_take_no_seat(string mobile, int party, bool consent, string message)
    {
        var slug = await fixture.EventAsync(capacity: 10);
        var response = await RegistrationForm.PostAsync(fixture.Factory.Browser(), slug, "bad@kepu.example", party, mobile, consent);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        await using var scope = await fixture.Factory.TenantScopeAsync("kepu");
        Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<EventSeats>().SingleAsync(s => s.EventSet == slug)).Taken);
    }

    [Fact]
    public async Task A_party_larger_than_the_seats_left_is_told_how_many_remain()
    {
        var slug = await fixture.EventAsync(capacity: 3);
        await RegistrationForm.RegisterAsync(fixture.Factory.Browser(), slug, "p1@kepu.example", party: 2);
        var response = await RegistrationForm.PostAsync(fixture.Factory.Browser(), slug, "p2@kepu.example", party: 3);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("1", Regex.Match(await response.Content.ReadAsStringAsync(), "validation-summary-errors[^<]*<ul><li>([^<]*)").Groups[1].Value);
    }

    [Fact]
    public async Task Registering_after_the_window_closes_is_refused()
    {
        var now = fixture.Clock.BeijingNow;
        var slug = await fixture.EventAsync(capacity: 10, opens: now.AddDays(-2), closes: now.AddHours(-1));
        // A closed window shows no form, so the token comes from another page of the site, as a stale tab would have it.
        var response = await RegistrationForm.PostAsync(fixture.Factory.Browser(), slug, "late@kepu.example", formUrl: "/kepu/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("validation-summary-errors", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_made_up_or_foreign_token_cannot_cancel_anything()
    {
        var slug = await fixture.EventAsync(capacity: 5);
        var mine = await RegistrationForm.RegisterAsync(fixture.Factory.Browser(), slug, "mine@kepu.example");
        var browser = fixture.Factory.Browser();
        var forged = mine[..^4] + "AAAA";
        var response = await browser.PostFormAsync(mine, forged + "/cancel");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-status=\"Confirmed\"", await browser.GetStringAsync(mine));
    }

    [Fact]
    public async Task Cancelling_an_event_tells_everyone_registered()
    {
        var slug = await fixture.EventAsync(capacity: 1);
        await RegistrationForm.RegisterAsync(fixture.Factory.Browser(), slug, "in@kepu.example");
        await RegistrationForm.RegisterAsync(fixture.Factory.Browser(), slug, "wait@kepu.example");
        var organiser = fixture.Factory.Browser();
        await Infrastructure.BrowserExtensions.LoginAsync(organiser, "/kepu", OutreachFixture.Organiser, OutreachFixture.Password);
        await Infrastructure.BrowserExtensions.PostFormAsync(organiser, $"/kepu/admin/outreach/{slug}", $"/kepu/admin/outreach/{slug}/status", ("status", "Cancelled"));

        Assert.Equal(2, (await fixture.MailToAsync("in@kepu.example", 2)).Count);
        Assert.Equal(2, (await fixture.MailToAsync("wait@kepu.example", 2)).Count);
        Assert.Contains("此活动不接受报名", await fixture.Factory.Browser().GetStringAsync($"/kepu/events/{slug}"));
    }

    private async Task<OutreachEvent> EventAsync(string slug)
    {
        await using var scope = await fixture.Factory.TenantScopeAsync("kepu");
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutreachEvent>().AsNoTracking().SingleAsync(e => e.ContentItemId == slug && e.Published);
    }
}
