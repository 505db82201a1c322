using System.Globalization;
using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Outreach;

public sealed class EventsAdminTests(OutreachFixture fixture) : IClassFixture<OutreachFixture>
{
    private static string Local(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private (string, string)[] Form(string slug, string venue, string online)
    {
        var now = fixture.Clock.BeijingNow;
        return
        [
            ("Title", "管理后台新建的活动"), ("Slug", slug), ("VenueSet", venue), ("OnlineUrl", online),
            ("Start", Local(now.AddDays(5))), ("End", Local(now.AddDays(5).AddHours(2))),
            ("RegistrationOpens", Local(now.AddDays(-1))), ("RegistrationCloses", Local(now.AddDays(4))),
            ("Capacity", "12"), ("Audience", "公众"), ("Description", "活动介绍<script>alert(1)</script>"),
        ];
    }

    [Fact]
    public async Task An_organiser_creates_an_event_that_takes_registrations_at_once()
    {
        var organiser = fixture.Factory.Browser();
        await organiser.LoginAsync("/kepu", OutreachFixture.Organiser, OutreachFixture.Password);
        var created = await organiser.PostFormAsync("/kepu/admin/outreach/events/new", "/kepu/admin/outreach/events/new", Form("admin-made", "venue-nky-labs", ""));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = await fixture.Factory.Browser().GetStringAsync("/kepu/events/admin-made");
        Assert.Contains("管理后台新建的活动", page);
        Assert.Contains("剩余12个名额", page);
        Assert.DoesNotContain("<script>alert", page);
        var registration = await RegistrationForm.RegisterAsync(fixture.Factory.Browser(), "admin-made", "made@kepu.example");
        Assert.Contains("data-status=\"Confirmed\"", await fixture.Factory.Browser().GetStringAsync(registration));
    }

    [Fact]
    public async Task A_bad_event_form_says_what_is_wrong_and_publishes_nothing()
    {
        var organiser = fixture.Factory.Browser();
        await organiser.LoginAsync("/kepu", OutreachFixture.Organiser, OutreachFixture.Password);
        var response = await organiser.PostFormAsync("/kepu/admin/outreach/events/new", "/kepu/admin/outreach/events/new",
            Form("both-places", "venue-nky-labs", "https://example.org/live"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请选择地点或填写线上地址（二选一）。", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync("/kepu/events/both-places")).StatusCode);
    }
}
