using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// Every OpenLab endpoint, asked by an anonymous visitor and by a lab manager of another tenant: nothing is written,
/// no mail is queued, no admin page answers, and nobody's booking purpose is shown. New endpoints are swept automatically.
/// </summary>
public sealed partial class EndpointSweepTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    private const string SecretPurpose = "保密的课题用途";

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task No_outsider_changes_or_reads_anything_through_any_OpenLab_endpoint()
    {
        var (owner, _) = await fixture.ResearcherAsync();
        var start = new DateTime(2026, 6, 19, 10, 0, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await OpenLabFixture.BookAsync(owner, "hplc", start, start.AddHours(1), SecretPurpose)).StatusCode);
        var bookingId = Assert.Single(await fixture.BookingsAsync("inst-hplc")).Id;

        var foreign = await fixture.SignedInAsync("foreigner", "/" + OpenLabFixture.OtherTenant);
        var outsiders = new[] { ("anonymous", fixture.Factory.Browser(), "/openlab/instruments/hplc"), ("foreign", foreign, "/" + OpenLabFixture.OtherTenant + "/openlab") };
        var endpoints = Endpoints();
        Assert.True(endpoints.Count > 25, $"only {endpoints.Count} endpoints found");
        var before = await RowsAsync();

        foreach (var (who, client, tokenPage) in outsiders)
        {
            var token = await TokenAsync(client, tokenPage);
            foreach (var (method, template) in endpoints)
            {
                var url = "/" + Parameter().Replace(template, m => ValueFor(m.Groups[1].Value, template, bookingId));
                var response = method == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, Form(token));
                var body = await response.Content.ReadAsStringAsync();
                Assert.False(body.Contains(SecretPurpose, StringComparison.Ordinal), $"{who} read a booking's purpose at {method} {url}");
                Assert.True((int)response.StatusCode < 500, $"{who} got {(int)response.StatusCode} at {method} {url}");
                if (url.StartsWith("/admin", StringComparison.Ordinal) || url.StartsWith("/openlab/my", StringComparison.Ordinal) || url.Contains("/book", StringComparison.Ordinal) && method == "POST")
                {
                    Assert.False(response.IsSuccessStatusCode, $"{who} reached {method} {url}");
                }
            }
        }

        Assert.Equal(before, await RowsAsync());
    }

    /// <summary>A form token of the outsider's own session (anonymous pages carry none, so use the login form).</summary>
    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        try
        {
            return await client.AntiforgeryTokenAsync(page);
        }
        catch (InvalidOperationException)
        {
            return await client.AntiforgeryTokenAsync("/account/login");
        }
    }

    private List<(string Method, string Template)> Endpoints() =>
        [.. fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>()?.ControllerTypeInfo.Assembly == typeof(XinxingPortal.OpenLab.Data.Booking).Assembly)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()];

    private static string ValueFor(string name, string template, string bookingId) => name switch
    {
        "slug" => "hplc",
        "id" when template.Contains("bookings", StringComparison.Ordinal) || template.Contains("my/", StringComparison.Ordinal) => bookingId,
        "id" => "inst-hplc",
        "verb" => "approve",
        "format" => "csv",
        _ => "x" + name,
    };

    private static FormUrlEncodedContent Form(string token) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token, ["Start"] = "2026-06-19T10:00", ["End"] = "2026-06-19T11:00", ["Purpose"] = "外部", ["reason"] = "外部",
        ["userName"] = "outsider", ["note"] = "外部", ["Name"] = "外部仪器", ["Slug"] = "outsider", ["LabId"] = "lab-nky-soil", ["Unit"] = "外部",
        ["ClassificationCode"] = "030101", ["OriginalValue"] = "1.00", ["start"] = "2026-06-19T10:00", ["end"] = "2026-06-19T11:00", ["fee"] = "1",
    });

    private async Task<string> RowsAsync()
    {
        var snapshot = await DatabaseSnapshot.TakeAsync(fixture.Factory, "Default");
        return string.Join("\n", snapshot.Where(t => t.Key.StartsWith("OpenLab_", StringComparison.Ordinal) || t.Key == "Platform_Outbox")
            .Select(t => $"{t.Key}: {string.Join(";", t.Value)}"));
    }
}
