using XinxingPortal.IntegrationTests.Infrastructure;
using System.Net;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// LibreBooking's bug #147 (two simultaneous bookings both succeed), beaten by the database: 200 overlapping requests
/// for one slot from 40 signed-in people at once; exactly one booking is written, every other request gets the field
/// message, and no mail is queued for a refused request. Runs on SQLite, and on PostgreSQL when XP_TEST_POSTGRES is set.
/// </summary>
public sealed class DoubleBookingTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    private const string Hplc = "inst-hplc";
    private const string RaceMessage = "This time has just been booked by someone else; choose another slot.";

    [Fact]
    public async Task Of_200_concurrent_overlapping_requests_exactly_one_is_booked()
    {
        var people = new List<(HttpClient Browser, string Name, string Token)>();
        for (var i = 0; i < 40; i++)
        {
            var (browser, name) = await fixture.ResearcherAsync();
            people.Add((browser, name, await browser.AntiforgeryTokenAsync("/en/openlab/instruments/hplc/book")));
        }

        // Thursday 2026-06-18, 10:00–12:00 Beijing: every request overlaps every other by at least an hour.
        var day = new DateTime(2026, 6, 18, 10, 0, 0);
        var requests = Enumerable.Range(0, 200).Select(n =>
        {
            var (browser, _, token) = people[n % people.Count];
            var start = day.AddHours(n % 2);
            return browser.PostAsync("/en/openlab/instruments/hplc/book", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Start"] = OpenLabFixture.Local(start), ["End"] = OpenLabFixture.Local(start.AddHours(2)),
                ["Purpose"] = "红枣环磷酸腺苷测定", ["SampleCount"] = "3", ["Project"] = "并发测试", ["Organisation"] = "测试单位",
            }));
        }).ToList();
        var responses = await Task.WhenAll(requests);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal((HttpStatusCode)422, r.StatusCode));
        var bookings = (await fixture.BookingsAsync(Hplc)).Where(b => b.Holds).ToList();
        var winner = Assert.Single(bookings);
        // A loser sees the race message; only the winner's own other attempts may instead be told they already hold that time.
        for (var n = 0; n < responses.Length; n++)
        {
            if (responses[n].StatusCode == HttpStatusCode.Redirect)
            {
                continue;
            }

            var own = people[n % people.Count].Name == winner.UserName;
            Assert.True(bodies[n].Contains(RaceMessage, StringComparison.Ordinal) || (own && bodies[n].Contains("You already have another booking at this time.", StringComparison.Ordinal)),
                $"request {n} got neither message");
        }

        var mail = await fixture.OutboxToAsync([.. people.Select(p => p.Name + "@xinxing.example")]);
        Assert.Equal(winner.Email, Assert.Single(mail).To);
    }

    [Fact]
    public async Task Buffers_keep_the_next_booking_away_and_a_touching_booking_is_allowed()
    {
        // The GC-MS has a 30-minute buffer before each booking; HPLC none. Use GC-MS: Wednesday 2026-06-24.
        await fixture.SetRulesAsync("inst-gc-ms", r => { r.QualificationRequired = false; r.WeeklyQuotaHours = 0; });
        var (a, _) = await fixture.ResearcherAsync();
        var (b, _) = await fixture.ResearcherAsync();
        var day = new DateTime(2026, 6, 24, 10, 0, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await OpenLabFixture.BookAsync(a, "gc-ms", day, day.AddHours(1))).StatusCode);

        // 11:00 would need the buffer 10:30–11:00, which the first booking holds.
        var refused = await OpenLabFixture.BookAsync(b, "gc-ms", day.AddHours(1), day.AddHours(2));
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains(RaceMessage, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await OpenLabFixture.BookAsync(b, "gc-ms", day.AddHours(2), day.AddHours(3))).StatusCode);
        Assert.Equal(2, (await fixture.BookingsAsync("inst-gc-ms")).Count(x => x.Holds));
    }
}
