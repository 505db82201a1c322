using XinxingPortal.IntegrationTests.Infrastructure;
using System.Net;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>Every rule of an instrument refuses a booking with a message on its field and writes nothing.</summary>
public sealed class BookingRefusalTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    // The clock reads Tuesday 2026-06-16 10:00 Beijing. The AAS: 30-minute slots, 30–240 minutes, 24 h – 30 days ahead,
    // weekday hours 10:00–14:00 and 15:30–19:30, 10 hours a week per person.
    private static readonly DateTime Thursday = new(2026, 6, 18, 10, 0, 0);

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "outside opening hours", "2026-06-18T14:00", "2026-06-18T15:00", "The instrument is not open for the whole of that time; see its opening hours." },
        { "on a Sunday", "2026-06-21T10:00", "2026-06-21T11:00", "The instrument is not open for the whole of that time; see its opening hours." },
        { "too short", "2026-06-18T10:00", "2026-06-18T10:00", "The end must be after the start." },
        { "end before start", "2026-06-18T12:00", "2026-06-18T11:00", "The end must be after the start." },
        { "too soon", "2026-06-16T15:30", "2026-06-16T16:30", "Book this instrument at least 24 hours ahead." },
        { "too far ahead", "2026-08-03T10:00", "2026-08-03T11:00", "Book this instrument at most 30 days ahead." },
        { "off the slots", "2026-06-18T10:10", "2026-06-18T11:10", "Bookings on this instrument start and end on its 30-minute slots." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_booking_breaking_a_rule_is_refused_on_its_field_and_stores_nothing(string why, string start, string end, string message)
    {
        var (browser, name) = await fixture.ResearcherAsync();
        var response = await browser.PostFormAsync("/en/openlab/instruments/atomic-absorption-spectrometer/book", "/en/openlab/instruments/atomic-absorption-spectrometer/book",
            ("Start", start), ("End", end), ("Purpose", "铜锌测定"), ("SampleCount", "2"), ("Project", ""), ("Organisation", ""));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((HttpStatusCode)422 == response.StatusCode, why);
        Assert.Contains("field-validation-error", body, StringComparison.Ordinal);
        if (message.Length > 0)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(message), body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await fixture.BookingsAsync("inst-aas"), b => b.UserName == name);
    }

    [Fact]
    public async Task Shorter_or_longer_than_allowed_names_the_limit()
    {
        await fixture.SetRulesAsync("inst-aas", r => { r.MinMinutes = 60; r.MaxMinutes = 120; });
        var (browser, name) = await fixture.ResearcherAsync();
        var response = await OpenLabFixture.BookAsync(browser, "atomic-absorption-spectrometer", Thursday.AddHours(5.5), Thursday.AddHours(8.5));
        Assert.Contains("A booking on this instrument lasts at most 120 minutes.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        response = await OpenLabFixture.BookAsync(browser, "atomic-absorption-spectrometer", Thursday, Thursday.AddMinutes(30));
        Assert.Contains("A booking on this instrument lasts at least 60 minutes.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.BookingsAsync("inst-aas"), b => b.UserName == name);
    }

    [Fact]
    public async Task Markup_in_the_purpose_is_refused()
    {
        var (browser, name) = await fixture.ResearcherAsync();
        var response = await OpenLabFixture.BookAsync(browser, "atomic-absorption-spectrometer", Thursday.AddDays(7), Thursday.AddDays(7).AddHours(1), "<script>alert(1)</script>");
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("Use plain text", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.BookingsAsync("inst-aas"), b => b.UserName == name);
    }

    [Fact]
    public async Task A_blackout_refuses_a_booking_that_overlaps_it_and_allows_one_that_ends_at_its_edge()
    {
        // ICP-MS maintenance 2026-07-20 00:00 – 07-25 00:00 (Monday to Saturday). Friday 07-17 is before it; booking
        // horizon is 30 days; qualification is required, so grant one first.
        var (browser, name) = await fixture.ResearcherAsync();
        await fixture.WithDbAsync(db =>
        {
            db.Set<Qualification>().Add(new Qualification { Id = Guid.NewGuid().ToString("N"), InstrumentId = "inst-icp-ms", UserName = name, GrantedOn = new DateOnly(2026, 6, 1), GrantedBy = "test", Note = "" });
            return db.SaveChangesAsync();
        });
        await fixture.SetRulesAsync("inst-icp-ms", r =>
        {
            r.Hours = [.. Enum.GetValues<DayOfWeek>().Select(d => new OpeningPeriod(d, TimeOnly.MinValue, TimeOnly.MinValue))];
            r.MaxNoticeDays = 60;
        });

        var inside = await OpenLabFixture.BookAsync(browser, "icp-ms", new DateTime(2026, 7, 19, 23, 0, 0), new DateTime(2026, 7, 20, 1, 0, 0));
        Assert.Equal((HttpStatusCode)422, inside.StatusCode);
        Assert.Contains("The instrument is unavailable from 2026-07-20 00:00 to 2026-07-25 00:00", await inside.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Ends exactly when the blackout begins (its 30-minute after-buffer may run into it: the instrument is idle then).
        var edge = await OpenLabFixture.BookAsync(browser, "icp-ms", new DateTime(2026, 7, 19, 22, 0, 0), new DateTime(2026, 7, 20, 0, 0, 0));
        Assert.Equal(HttpStatusCode.Redirect, edge.StatusCode);
        var booking = Assert.Single(await fixture.BookingsAsync("inst-icp-ms"), b => b.UserName == name);
        Assert.Equal(new DateTime(2026, 7, 19, 14, 0, 0), booking.StartUtc);
        Assert.Equal(new DateTime(2026, 7, 19, 16, 0, 0), booking.EndUtc);
    }

    [Fact]
    public async Task An_unqualified_user_is_refused_where_training_is_required()
    {
        var (browser, name) = await fixture.ResearcherAsync();
        var response = await OpenLabFixture.BookAsync(browser, "elemental-analyser", new DateTime(2026, 6, 23, 10, 0, 0), new DateTime(2026, 6, 23, 11, 0, 0));
        Assert.Contains("Only people trained on this instrument may book it; ask the lab manager for a qualification.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.BookingsAsync("inst-elemental-analyser"), b => b.UserName == name);
    }

    [Fact]
    public async Task A_retired_or_broken_instrument_takes_no_bookings()
    {
        var (browser, _) = await fixture.ResearcherAsync();
        var response = await OpenLabFixture.BookAsync(browser, "kjeldahl-analyser", Thursday, Thursday.AddHours(1));
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("This instrument is not taking bookings.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await fixture.BookingsAsync("inst-kjeldahl"));
    }

    [Fact]
    public async Task The_weekly_quota_and_an_own_overlapping_booking_are_refused()
    {
        // Soil analyser: no weekly quota but 40 hours a month; set a weekly quota of 2 hours for this test.
        await fixture.SetRulesAsync("inst-soil-analyser", r => r.WeeklyQuotaHours = 2);
        var (browser, name) = await fixture.ResearcherAsync();
        var monday = new DateTime(2026, 6, 22, 10, 0, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await OpenLabFixture.BookAsync(browser, "soil-nutrient-analyser", monday, monday.AddHours(1.5))).StatusCode);

        var over = await OpenLabFixture.BookAsync(browser, "soil-nutrient-analyser", monday.AddDays(1), monday.AddDays(1).AddHours(1));
        Assert.Contains("This booking would take you over your quota of 2 hours a week on this instrument.", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The same person on another instrument at an overlapping time.
        var own = await OpenLabFixture.BookAsync(browser, "atomic-absorption-spectrometer", monday.AddHours(1), monday.AddHours(2));
        Assert.Contains("You already have another booking at this time.", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await fixture.WithDbAsync(db => db.Set<Booking>().AsNoTracking().Where(b => b.UserName == name).ToListAsync()));
    }

    [Fact]
    public async Task A_booking_across_midnight_is_stored_in_UTC_and_shown_in_Beijing_time()
    {
        // The proximate analyser runs around the clock: 22:00 Thursday to 02:00 Friday Beijing = 14:00–18:00 UTC.
        var (browser, name) = await fixture.ResearcherAsync();
        var response = await OpenLabFixture.BookAsync(browser, "coal-proximate-analyser", new DateTime(2026, 6, 18, 22, 0, 0), new DateTime(2026, 6, 19, 2, 0, 0));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var booking = Assert.Single(await fixture.BookingsAsync("inst-proximate-analyser"), b => b.UserName == name);
        Assert.Equal(new DateTime(2026, 6, 18, 14, 0, 0), booking.StartUtc);
        Assert.Equal(new DateTime(2026, 6, 18, 18, 0, 0), booking.EndUtc);
        Assert.Equal(new DateTime(2026, 6, 18, 19, 0, 0), booking.BlockEndUtc);
        var mine = await browser.GetStringAsync("/en/openlab/my");
        Assert.Contains("2026-06-18 22:00", mine, StringComparison.Ordinal);
        Assert.Contains("2026-06-19 02:00", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancellation_after_the_deadline_is_refused()
    {
        // HPLC: cancel until 12 hours before; book Thursday 18:00, then move the clock to Thursday 08:00.
        var clock = new XinxingPortal.IntegrationTests.Infrastructure.TestClock();
        var (browser, name) = await fixture.ResearcherAsync();
        var start = new DateTime(2026, 6, 25, 18, 0, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await OpenLabFixture.BookAsync(browser, "hplc", start, start.AddHours(1))).StatusCode);
        var booking = Assert.Single(await fixture.BookingsAsync("inst-hplc"), b => b.UserName == name);
        try
        {
            fixture.Clock.Set(new DateTimeOffset(2026, 6, 25, 0, 0, 0, TimeSpan.Zero));
            var token = await browser.AntiforgeryTokenAsync("/en/openlab/my");
            var response = await browser.PostAsync($"/en/openlab/my/{booking.Id}/cancel", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("Bookings on this instrument can be cancelled until 12 hours before they start.", await browser.GetStringAsync("/en/openlab/my"), StringComparison.Ordinal);
            Assert.Equal(BookingStatus.Approved, Assert.Single(await fixture.BookingsAsync("inst-hplc"), b => b.Id == booking.Id).Status);
        }
        finally
        {
            fixture.Clock.Set(clock.GetUtcNow());
        }
    }
}
