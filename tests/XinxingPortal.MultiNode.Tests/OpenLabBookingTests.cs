using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace XinxingPortal.MultiNode.Tests;

/// <summary>
/// Instrument bookings behind a load balancer: the portal tenant (its setup recipe seeds the open labs) takes 100
/// overlapping requests for five slots, half through each node, from researchers who registered and signed in on
/// either node. The database, not a node's memory, decides: exactly one booking holds each slot, every other request
/// gets the page back with a message, and only the winners' mail is queued.
/// </summary>
[Collection(TwoNodesCollection.Name)]
public sealed partial class OpenLabBookingTests(TwoNodes nodes)
{
    private const string Book = "/en/openlab/instruments/hplc/book";
    private const string Password = "Lab-Booking-Pass-2026!";
    private const string RaceMessage = "This time has just been booked by someone else; choose another slot.";
    private const string OwnMessage = "You already have another booking at this time.";
    private const int Researchers = 8;
    private const int Slots = 5;
    private const int Requests = 100;

    [GeneratedRegex(@"/account/confirm\?[^\s""<>]+")]
    private static partial Regex ConfirmLink();

    [Fact]
    public async Task Of_100_overlapping_bookings_over_both_nodes_exactly_one_holds_each_slot_and_the_rest_are_told_why()
    {
        await EnsurePortalTenantAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var people = new List<(string Email, CookieContainer Cookies, string Token)>();
        for (var i = 0; i < Researchers; i++)
        {
            people.Add(await ResearcherAsync($"lab-{tag}-{i}@xinxing.example", i));
        }

        var emails = string.Join(", ", people.Select(p => $"'{p.Email}'"));
        var mailBefore = await CountAsync($"""SELECT COUNT(*) FROM "Platform_Outbox" WHERE "To" IN ({emails})""");

        // The HPLC (no approval, no qualification, Mon–Fri 10:00–19:30, 24 h notice): five weekdays from the day after
        // tomorrow in Beijing; in each, 10:00–12:00 and 11:00–13:00, so every request overlaps every other of its day.
        var days = SlotDays();
        var requests = Enumerable.Range(0, Requests).Select(async k =>
        {
            var node = k % 2 == 0 ? nodes.A : nodes.B;
            var person = people[(k / 2) % Researchers]; // each person posts through both nodes
            var start = days[k % Slots].AddHours((k / Slots) % 2);
            using var client = node.Client(person.Cookies);
            var response = await client.PostAsync(Book, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = person.Token, ["Start"] = Local(start), ["End"] = Local(start.AddHours(2)),
                ["Purpose"] = "两台节点并发预约", ["SampleCount"] = "3", ["Project"] = "并发测试", ["Organisation"] = "测试单位",
            }));
            return (k, person.Email, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        });
        var answers = await Task.WhenAll(requests);

        Assert.DoesNotContain(answers, a => (int)a.StatusCode >= 500);
        Assert.Equal(Slots, answers.Count(a => a.StatusCode == HttpStatusCode.Redirect));
        var holding = await nodes.QueryAsync("Default",
            """SELECT "UserName", "StartUtc", "Holds" FROM "OpenLab_Bookings" WHERE "InstrumentId" = 'inst-hplc' AND "Purpose" = '两台节点并发预约'""",
            async r =>
            {
                var rows = new List<(string User, DateTime StartUtc, bool Holds)>();
                while (await r.ReadAsync())
                {
                    rows.Add((r.GetString(0), r.GetDateTime(1), r.GetBoolean(2)));
                }

                return rows;
            });

        // Nothing half-written: every row the burst left is a holding booking, one on each day.
        Assert.Equal(Slots, holding.Count);
        Assert.All(holding, b => Assert.True(b.Holds));
        var winners = days.Select(day => Assert.Single(holding, b => DateOnly.FromDateTime(b.StartUtc.AddHours(8)) == DateOnly.FromDateTime(day)).User).ToList();

        foreach (var (k, email, status, body) in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal((HttpStatusCode)422, status);
            var ownSlot = winners[k % Slots] == email;
            Assert.True(body.Contains(RaceMessage, StringComparison.Ordinal) || (ownSlot && body.Contains(OwnMessage, StringComparison.Ordinal)),
                $"request {k} got neither message");
        }

        // Only the winners' confirmations were queued, once per booking.
        Assert.Equal(mailBefore + Slots, await CountAsync($"""SELECT COUNT(*) FROM "Platform_Outbox" WHERE "To" IN ({emails})"""));
    }

    /// <summary>The portal tenant is set up on its first request (its recipe enables OpenLab and seeds the instruments).</summary>
    private async Task EnsurePortalTenantAsync()
    {
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            using var client = node.Client();
            await Wait.UntilAsync(async () => (await client.GetAsync("/")).StatusCode == HttpStatusCode.OK, TimeSpan.FromMinutes(4), "the portal tenant was not set up");
        }
    }

    /// <summary>Registers at one node, confirms by the mailed link at the other, signs in at the first, takes the booking form's token.</summary>
    private async Task<(string Email, CookieContainer Cookies, string Token)> ResearcherAsync(string email, int n)
    {
        var cookies = new CookieContainer();
        using var here = (n % 2 == 0 ? nodes.A : nodes.B).Client(cookies);
        using var there = (n % 2 == 0 ? nodes.B : nodes.A).Client(cookies);
        var registered = await Browser.PostFormAsync(here, "/en/account/register", here, "/en/account/register",
            ("Name", "研究员" + n.ToString(CultureInfo.InvariantCulture)), ("Email", email), ("Mobile", "139" + (70_000_000 + n).ToString(CultureInfo.InvariantCulture)),
            ("Password", Password), ("ConfirmPassword", Password), ("Consent", "true"));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var link = await nodes.QueryAsync("Default", $"""SELECT "TextBody" FROM "Platform_Outbox" WHERE "To" = '{email}'""",
            async r => await r.ReadAsync() && ConfirmLink().Match(r.GetString(0)) is { Success: true } m ? m.Value : throw new InvalidOperationException("no confirmation mail to " + email));
        Assert.Equal(HttpStatusCode.OK, (await there.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(here, email, Password, prefix: "")).StatusCode);
        return (email, cookies, await Browser.TokenAsync(there, Book));
    }

    private static List<DateTime> SlotDays()
    {
        var beijingToday = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(8));
        return [.. Enumerable.Range(2, 14).Select(beijingToday.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Take(Slots).Select(d => d.ToDateTime(new TimeOnly(10, 0)))];
    }

    private static string Local(DateTime beijing) => beijing.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private Task<long> CountAsync(string sql) =>
        nodes.QueryAsync("Default", sql, async r => await r.ReadAsync() ? r.GetInt64(0) : 0);
}
