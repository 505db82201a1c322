using System.Globalization;
using System.Net;

using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Outreach;

public sealed class VenueAndCalendarTests(OutreachFixture fixture) : IClassFixture<OutreachFixture>
{
    [Fact]
    public async Task Open_today_follows_the_hours_and_the_closures()
    {
        var today = fixture.Clock.BeijingNow;
        var day = today.DayOfWeek.ToString().ToLowerInvariant();
        var other = today.AddDays(1).DayOfWeek.ToString().ToLowerInvariant();
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await fixture.Factory.RunJsonAsync("kepu", $$"""
            { "name": "open-today", "steps": [ { "name": "venues", "venues": [
              { "contentItemId": "v-open", "culture": "zh-CN", "slug": "v-open", "name": "今日开放馆", "type": "scienceCentre", "address": "甲",
                "hours": [ { "day": "{{day}}", "opens": "00:00", "closes": "23:59" } ] },
              { "contentItemId": "v-other-day", "culture": "zh-CN", "slug": "v-other-day", "name": "明日开放馆", "type": "scienceCentre", "address": "乙",
                "hours": [ { "day": "{{other}}", "opens": "09:00", "closes": "17:00" } ] },
              { "contentItemId": "v-closed", "culture": "zh-CN", "slug": "v-closed", "name": "闭馆维修馆", "type": "scienceCentre", "address": "丙",
                "hours": [ { "day": "{{day}}", "opens": "00:00", "closes": "23:59" } ], "closures": [ { "from": "{{date}}", "to": "{{date}}", "reason": "维修" } ] }
            ] } ] }
            """);

        var html = await fixture.Factory.Browser().GetStringAsync("/kepu/venues?open=today");
        Assert.Contains("今日开放馆", html);
        Assert.DoesNotContain("明日开放馆", html);
        Assert.DoesNotContain("闭馆维修馆", html);
        Assert.Contains("明日开放馆", await fixture.Factory.Browser().GetStringAsync("/kepu/venues"));
    }

    [Fact]
    public async Task A_venue_page_shows_its_upcoming_events_and_schema_org_Place()
    {
        var slug = await fixture.EventAsync(capacity: 10);
        var html = await fixture.Factory.Browser().GetStringAsync("/kepu/venues/nky-labs");
        Assert.Contains($"href=\"/kepu/events/{slug}\"", html);
        Assert.Contains("<script type=\"application/ld+json\">", html);
        Assert.Contains("\"@type\":\"Place\"", html);
    }

    [Fact]
    public async Task An_event_page_carries_schema_org_Event_in_Beijing_time()
    {
        var slug = await fixture.EventAsync(capacity: 10);
        var html = await fixture.Factory.Browser().GetStringAsync($"/kepu/events/{slug}");
        Assert.Contains("\"@type\":\"Event\"", html);
        Assert.Matches("\"startDate\":\"[0-9T:-]+\\+08:00\"", html);
    }

    [Theory]
    [InlineData("/kepu/events.ics")]
    [InlineData("/kepu/venues/nky-labs.ics")]
    public async Task Calendars_parse_with_a_standard_iCalendar_reader(string path)
    {
        var slug = await fixture.EventAsync(capacity: 10);
        var response = await fixture.Factory.Browser().GetAsync(path);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);

        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Asia/Shanghai");
        var ev = calendar.Events.Single(e => e.Summary!.Contains(slug, StringComparison.Ordinal));
        Assert.Equal("Asia/Shanghai", ev.Start!.TzId);
        Assert.Equal(TimeSpan.FromHours(2), ev.End!.Value - ev.Start.Value);
    }

    [Fact]
    public async Task The_seeded_microsite_lists_venues_and_upcoming_events()
    {
        var venues = await fixture.Factory.Browser().GetStringAsync("/kepu/venues");
        Assert.Contains("师农业科学研究所科普实验室", venues);
        Assert.Contains("师畜牧兽医工作站科普展示厅", venues);
        Assert.Contains("团场科普工作站", venues);
        var events = await fixture.Factory.Browser().GetStringAsync("/kepu/events");
        Assert.Contains("新能源研发中心开放日", events);
    }

    [Fact]
    public async Task Outreach_is_absent_where_its_feature_is_off() =>
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync("/venues")).StatusCode);

    [Fact]
    public async Task The_organiser_exports_registrations_and_the_public_never_sees_them()
    {
        var slug = await fixture.EventAsync(capacity: 10);
        await RegistrationForm.RegisterAsync(fixture.Factory.Browser(), slug, "export@kepu.example");
        var organiser = fixture.Factory.Browser();
        await organiser.LoginAsync("/kepu", OutreachFixture.Organiser, OutreachFixture.Password);

        var csv = await organiser.GetStringAsync($"/kepu/admin/outreach/{slug}/registrations.csv");
        Assert.Contains("export@kepu.example", csv);
        Assert.Contains("13912345678", csv);
        var xlsx = await organiser.GetAsync($"/kepu/admin/outreach/{slug}/registrations.xlsx");
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(), false))
        {
            Assert.Contains("export@kepu.example", document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await fixture.Factory.Browser().GetAsync($"/kepu/admin/outreach/{slug}/registrations.csv")).StatusCode);
        Assert.DoesNotContain("13912345678", await fixture.Factory.Browser().GetStringAsync($"/kepu/events/{slug}"));
    }

    [Fact]
    public async Task Seeded_venue_photos_are_served_as_WebP_renditions_with_a_srcset()
    {
        var html = await fixture.Factory.Browser().GetStringAsync("/kepu/venues/nky-labs");
        var srcset = System.Text.RegularExpressions.Regex.Match(html, "<source type=\"image/webp\" srcset=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains(" 320w", srcset);
        Assert.Contains("alt=\"师农业科学研究所实验楼示意图", html);
        var response = await fixture.Factory.Browser().GetAsync(srcset.Split(' ')[0]);
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task An_event_page_shows_its_photos()
    {
        var html = await fixture.Factory.Browser().GetStringAsync("/kepu/events/soil-testing-day");
        Assert.Matches("<source type=\"image/webp\" srcset=\"/kepu/media/[0-9a-f]{32}/320.webp 320w", html);
    }
}
