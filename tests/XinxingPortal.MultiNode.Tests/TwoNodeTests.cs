using System.Diagnostics;
using System.Net;
using XinxingPortal.Tests.Shared;

namespace XinxingPortal.MultiNode.Tests;

/// <summary>Behind a load balancer any request may reach any node: what one node does, the other must see at once.</summary>
[Collection(TwoNodesCollection.Name)]
public sealed class TwoNodeTests(TwoNodes nodes)
{
    private const string Outreach = "XinxingPortal.Outreach";

    [Fact]
    public async Task Both_nodes_are_live_and_ready_on_any_host_and_a_foreign_host_gets_no_500()
    {
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            using var client = node.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var body = await ready.Content.ReadAsStringAsync();
            Assert.Contains("\"redis\":\"ok\"", body);
            Assert.Contains("\"tenant:kepu\":\"ok\"", body);
            // Kestrel answers for itself here: it does not name itself to a scanner.
            Assert.Empty((await client.GetAsync("/kepu/")).Headers.Server);

            using var foreign = new HttpRequestMessage(HttpMethod.Get, "/health/ready") { Headers = { Host = "evil.example" } };
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(foreign)).StatusCode);
            using var page = new HttpRequestMessage(HttpMethod.Get, "/kepu/") { Headers = { Host = "evil.example" } };
            Assert.True((int)(await client.SendAsync(page)).StatusCode < 500);
        }
    }

    [Fact]
    public async Task A_session_signed_in_at_A_is_used_at_B_and_a_form_from_A_posts_at_B()
    {
        var cookies = new CookieContainer();
        using var a = nodes.A.Client(cookies);
        using var b = nodes.B.Client(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(a, "admin", TwoNodes.AdminPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/kepu/admin")).StatusCode);
        var slug = await Browser.CreateEventAsync(a, b, "从A取表单在B提交", 10);
        Assert.Contains("从A取表单在B提交", await a.GetStringAsync($"/kepu/events/{slug}"));
    }

    [Fact]
    public async Task A_feature_switched_off_through_A_is_404_at_B_within_a_second()
    {
        using var a = nodes.A.Client();
        using var b = nodes.B.Client();
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/kepu/events")).StatusCode); // B has the features cached
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/kepu/events")).StatusCode);

        try
        {
            await Node.RunCommandAsync(nodes.Environment("a"), "tenants", "features", "kepu", "disable", Outreach);
            var clock = Stopwatch.StartNew();
            await Wait.UntilAsync(async () => (await b.GetAsync("/kepu/events")).StatusCode == HttpStatusCode.NotFound, TimeSpan.FromSeconds(1), "B still serves the switched-off feature");
            await Wait.UntilAsync(async () => (await a.GetAsync("/kepu/events")).StatusCode == HttpStatusCode.NotFound, TimeSpan.FromSeconds(1) - clock.Elapsed, "A still serves the switched-off feature");
        }
        finally
        {
            await Node.RunCommandAsync(nodes.Environment("a"), "tenants", "features", "kepu", "enable", Outreach);
        }

        await Wait.UntilAsync(async () => (await b.GetAsync("/kepu/events")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(1), "B did not hear the feature come back");
    }

    [Fact]
    public async Task An_event_published_at_A_is_seen_at_B_at_once_and_no_page_at_B_is_stale()
    {
        var cookies = new CookieContainer();
        using var admin = nodes.A.Client(cookies);
        using var b = nodes.B.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(admin, "admin", TwoNodes.AdminPassword)).StatusCode);
        var title = "节点A发布 " + Guid.NewGuid().ToString("N")[..6];
        Assert.DoesNotContain(title, await b.GetStringAsync("/kepu/events")); // the list as B had it before

        var slug = await Browser.CreateEventAsync(admin, admin, title, 20);

        await Wait.UntilAsync(async () => (await b.GetAsync($"/kepu/events/{slug}")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(1), "B does not serve the new event");
        await Wait.UntilAsync(async () => (await b.GetStringAsync("/kepu/events")).Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(1), "B's event list is stale");
    }

    [Fact]
    public async Task An_event_published_at_A_is_found_by_each_nodes_own_search_index_within_two_seconds()
    {
        var cookies = new CookieContainer();
        using var admin = nodes.A.Client(cookies);
        using var a = nodes.A.Client();
        using var b = nodes.B.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(admin, "admin", TwoNodes.AdminPassword)).StatusCode);
        var word = "xpnode" + Guid.NewGuid().ToString("N")[..6];
        Assert.DoesNotContain("/kepu/events/", await b.GetStringAsync($"/kepu/search.json?q={word}"));

        var slug = await Browser.CreateEventAsync(admin, admin, "节点搜索 " + word, 20);

        // Each node keeps its own index in its own App_Data, fed by the same change feed; B hears of the commit on the bus.
        await Task.WhenAll(
            Wait.UntilAsync(async () => (await a.GetStringAsync($"/kepu/search.json?q={word}")).Contains(slug, StringComparison.Ordinal), TimeSpan.FromSeconds(2), "A's index lacks the event"),
            Wait.UntilAsync(async () => (await b.GetStringAsync($"/kepu/search.json?q={word}")).Contains(slug, StringComparison.Ordinal), TimeSpan.FromSeconds(2), "B's index lacks the event"));
    }

    [Fact]
    public async Task A_list_cached_at_A_is_not_served_stale_after_an_event_is_published_at_B()
    {
        using var a = nodes.A.Client();
        await a.GetAsync("/kepu/events");
        // The output cache answers the second look (it says so with an Age header): A holds the list.
        await Wait.UntilAsync(async () => (await a.GetAsync("/kepu/events")).Headers.Age is not null, TimeSpan.FromSeconds(5), "A does not cache the event list");

        var cookies = new CookieContainer();
        using var admin = nodes.B.Client(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(admin, "admin", TwoNodes.AdminPassword)).StatusCode);
        var title = "节点B发布 " + Guid.NewGuid().ToString("N")[..6];
        await Browser.CreateEventAsync(admin, admin, title, 20);

        await Wait.UntilAsync(async () => (await a.GetStringAsync("/kepu/events")).Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(1), "A serves its cached list without B's event");
    }

    [Fact]
    public async Task Failed_sign_ins_spread_over_both_nodes_meet_one_limit()
    {
        // Five failures for one name from one address are allowed (Portal:SignIn), three at A and two at B ...
        var name = "guesser-" + Guid.NewGuid().ToString("N")[..8];
        using var a = nodes.A.Client();
        using var b = nodes.B.Client();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Browser.LoginAsync(i % 2 == 0 ? a : b, name, "wrong-" + i)).StatusCode);
        }

        // ... and the sixth is held back at either node: the count is in Redis, not in each node's memory.
        foreach (var client in new[] { a, b })
        {
            var held = await Browser.LoginAsync(client, name, "wrong-again");
            Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
            Assert.True(held.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task Two_hundred_sign_ups_over_both_nodes_for_fifty_seats_confirm_exactly_fifty_and_each_mail_goes_once()
    {
        var cookies = new CookieContainer();
        using var admin = nodes.A.Client(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(admin, "admin", TwoNodes.AdminPassword)).StatusCode);
        var slug = await Browser.CreateEventAsync(admin, admin, "五十个名额", 50);
        var tag = Guid.NewGuid().ToString("N")[..6];

        var signUps = Enumerable.Range(0, 200).Select(async i =>
        {
            using var client = (i % 2 == 0 ? nodes.A : nodes.B).Client();
            var registration = await Browser.RegisterAsync(client, slug, $"seat-{tag}-{i}@kepu.example", i);
            return await Browser.StatusAsync(client, registration);
        });
        var statuses = await Task.WhenAll(signUps);

        Assert.Equal(50, statuses.Count(s => s == "Confirmed"));
        Assert.Equal(150, statuses.Count(s => s == "Waitlisted"));
        await AssertEachMailSentOnceAsync($"seat-{tag}-%");
    }

    [Fact]
    public async Task Node_A_killed_mid_request_B_carries_on_and_nothing_A_confirmed_is_lost()
    {
        var cookies = new CookieContainer();
        using var admin = nodes.B.Client(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(admin, "admin", TwoNodes.AdminPassword)).StatusCode);
        var slug = await Browser.CreateEventAsync(admin, admin, "节点故障", 100);
        var tag = Guid.NewGuid().ToString("N")[..6];

        try
        {
            // Eight browsers keep signing up at A until A dies under them, so requests are in flight when it does.
            var answeredByA = new System.Collections.Concurrent.ConcurrentBag<string>();
            var next = 0;
            var workers = Enumerable.Range(0, 8).Select(async _ =>
            {
                using var client = nodes.A.Client();
                while (true)
                {
                    var n = Interlocked.Increment(ref next);
                    try
                    {
                        answeredByA.Add(await Browser.RegisterAsync(client, slug, $"kill-{tag}-{n}@kepu.example", 500 + n));
                    }
                    catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
                    {
                        return; // A is gone
                    }
                }
            }).ToList();
            await Wait.UntilAsync(() => Task.FromResult(answeredByA.Count >= 5), TimeSpan.FromMinutes(2), "A answered no sign-up");
            await nodes.A.KillAsync();
            await Task.WhenAll(workers); // each browser's last sign-up was cut off, in flight or refused

            // B carries on: the session signed in before still works, new sign-ups go through ...
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/kepu/admin")).StatusCode);
            using var b = nodes.B.Client();
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal("Confirmed", await Browser.StatusAsync(b, await Browser.RegisterAsync(b, slug, $"kill-{tag}-b{i}@kepu.example", 90000 + i)));
            }

            // ... and everything A confirmed before it died is there, its mail sent by B.
            foreach (var registration in answeredByA)
            {
                Assert.Equal("Confirmed", await Browser.StatusAsync(b, registration));
            }

            await AssertEachMailSentOnceAsync($"kill-{tag}-%", allowInHand: 1);
        }
        finally
        {
            await nodes.RestartAAsync();
        }
    }

    /// <summary>
    /// Waits until the outbox has handed over every message to the matching addresses, then checks the relay got
    /// each one exactly once. <paramref name="allowInHand"/>: a message a killed node was sending stays claimed
    /// until it counts as stuck (minutes), by design, rather than risk sending it twice.
    /// </summary>
    private async Task AssertEachMailSentOnceAsync(string addresses, int allowInHand = 0)
    {
        var sql = $"""SELECT "To", "Status" FROM "Platform_Outbox" WHERE "To" LIKE '{addresses}'""";
        List<(string To, string Status)> rows = [];
        await Wait.UntilAsync(
            async () =>
            {
                rows = await nodes.QueryKepuAsync(sql, async r =>
                {
                    var list = new List<(string, string)>();
                    while (await r.ReadAsync())
                    {
                        list.Add((r.GetString(0), r.GetString(1)));
                    }

                    return list;
                });
                return rows.Count > 0 && rows.All(r => r.Status == "Sent" || (r.Status == "Sending" && rows.Count(x => x.Status == "Sending") <= allowInHand));
            },
            TimeSpan.FromSeconds(90),
            "the outbox was not drained");

        Assert.DoesNotContain(rows, r => r.Status is "Pending" or "Failed");
        foreach (var group in rows.Where(r => r.Status == "Sent").GroupBy(r => r.To))
        {
            await Wait.UntilAsync(() => Task.FromResult(Received(group.Key) >= group.Count()), TimeSpan.FromSeconds(10), "mail to " + group.Key + " did not arrive");
            Assert.Equal(group.Count(), Received(group.Key));
        }
    }

    private int Received(string address) =>
        nodes.Smtp.Received().Count(m => m.ToAddresses.Any(a => a.Address.Equals(address, StringComparison.OrdinalIgnoreCase)));
}
