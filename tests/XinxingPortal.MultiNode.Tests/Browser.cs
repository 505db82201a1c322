using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace XinxingPortal.MultiNode.Tests;

/// <summary>What a browser does behind a load balancer: fetch a form from one node, post it to whichever node.</summary>
internal static partial class Browser
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-status=\"(\\w+)\"")]
    private static partial Regex StatusPattern();

    /// <summary>The antiforgery token of the form on a page; valid at every node (the keys are shared).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string formUrl)
    {
        var html = await client.GetStringAsync(formUrl);
        return TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no form token on {formUrl}");
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient formFrom, string formUrl, HttpClient postTo, string postUrl, params (string Key, string Value)[] fields)
    {
        var token = await TokenAsync(formFrom, formUrl);
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await postTo.PostAsync(postUrl, content);
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password, string prefix = "/kepu") =>
        PostFormAsync(client, prefix + "/account/login", client, prefix + "/account/login", ("UserName", user), ("Password", password));

    /// <summary>Creates an event through the admin form (form from one node, post to another); returns its slug.</summary>
    public static async Task<string> CreateEventAsync(HttpClient formFrom, HttpClient postTo, string title, int capacity)
    {
        var slug = "e-" + Guid.NewGuid().ToString("N")[..10];
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(8); // the nodes run on the wall clock; the bureau keeps UTC+8
        string Local(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var response = await PostFormAsync(formFrom, "/kepu/admin/outreach/events/new", postTo, "/kepu/admin/outreach/events/new",
            ("Title", title), ("Slug", slug), ("VenueSet", "venue-nky-labs"), ("OnlineUrl", ""),
            ("Start", Local(now.AddDays(5))), ("End", Local(now.AddDays(5).AddHours(2))),
            ("RegistrationOpens", Local(now.AddDays(-1))), ("RegistrationCloses", Local(now.AddDays(4))),
            ("Capacity", capacity.ToString(CultureInfo.InvariantCulture)), ("Audience", "公众"), ("Description", "两台节点的测试活动"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return slug;
    }

    /// <summary>Signs one person up; returns the registration page's path.</summary>
    public static async Task<string> RegisterAsync(HttpClient client, string slug, string email, int n)
    {
        var response = await PostFormAsync(client, $"/kepu/events/{slug}", client, $"/kepu/events/{slug}/register",
            ("Name", "张三"), ("Mobile", "139" + n.ToString("D8", CultureInfo.InvariantCulture)), ("Email", email), ("PartySize", "1"), ("Consent", "true"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>"Confirmed", "Waitlisted" or "Cancelled", as the registration page shows it.</summary>
    public static async Task<string> StatusAsync(HttpClient client, string registration)
    {
        var html = await client.GetStringAsync(registration);
        return StatusPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no status on " + registration);
    }
}
