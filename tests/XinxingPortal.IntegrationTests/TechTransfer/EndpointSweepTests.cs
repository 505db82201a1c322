using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>
/// Every endpoint of the market, asked by an anonymous visitor, an unverified organisation and a verified
/// organisation of another tenant: none of them changes the market's data, queues mail, or reads contact details
/// or a private thread. New endpoints are swept automatically.
/// </summary>
public sealed partial class EndpointSweepTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    private const string SecretMessage = "仅双方可见的洽谈内容";

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task No_outsider_changes_or_reads_anything_private_through_any_market_endpoint()
    {
        var threadId = await PrivateThreadAsync();
        var (unverified, _) = await fixture.JoinAsync(verified: false);
        var (foreign, _) = await fixture.JoinAsync("/" + MarketFixture.OtherTenant, tenant: MarketFixture.OtherTenant);
        var outsiders = new[] { ("anonymous", fixture.Factory.Browser(), "/techtransfer/join"), ("unverified", unverified, "/techtransfer/my"), ("foreign", foreign, "/account/login") };
        var endpoints = MarketEndpoints();
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} endpoints found");
        var before = await MarketRowsAsync();

        foreach (var (who, client, tokenPage) in outsiders)
        {
            var token = await client.AntiforgeryTokenAsync(tokenPage);
            foreach (var (method, template) in endpoints)
            {
                var url = "/" + Parameter().Replace(template, m => ValueFor(m.Groups[1].Value, template, threadId));
                var response = method == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, Form(token));
                var body = await response.Content.ReadAsStringAsync();
                Assert.False(body.Contains(SecretMessage, StringComparison.Ordinal), $"{who} read the thread at {method} {url}");
                Assert.False(body.Contains("0902-0000201", StringComparison.Ordinal), $"{who} saw contact details at {method} {url}");
                if (url.StartsWith("/admin", StringComparison.Ordinal))
                {
                    Assert.False(response.IsSuccessStatusCode, $"{who} reached {method} {url}");
                }
            }
        }

        Assert.Equal(before, await MarketRowsAsync());
    }

    private List<(string Method, string Template)> MarketEndpoints() =>
        [.. fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>()?.ControllerTypeInfo.Assembly == typeof(MarketAccess).Assembly)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()];

    private static string ValueFor(string name, string template, string threadId) => name switch
    {
        "kind" when template.Contains("review", StringComparison.Ordinal) => "Outcome",
        "kind" => "outcomes",
        "id" when template.Contains("threads", StringComparison.Ordinal) => threadId,
        "id" when template.Contains("challenges", StringComparison.Ordinal) => "challenge-coal-pyrolysis-wastewater",
        "id" when template.Contains("demands", StringComparison.Ordinal) => "demand-coal-tar-upgrade",
        "id" when template.Contains("organisations", StringComparison.Ordinal) => "org-dtsu",
        "id" => "outcome-coal-tar-hydrogenation",
        _ => "x" + name,
    };

    private static FormUrlEncodedContent Form(string token) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token, ["Body"] = "外部人员的消息", ["decision"] = "Approved", ["comment"] = "外部", ["verify"] = "true",
        ["outcome"] = "Agreed", ["shortlisted"] = "true", ["Title"] = "外部发布", ["TeamName"] = "外部团队", ["Leader"] = "外部", ["Plan"] = "外部方案",
    });

    /// <summary>A thread between two seeded organisations, written directly: the sweep must not be able to read it.</summary>
    private async Task<string> PrivateThreadAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        await fixture.WithDbAsync("Default", async db =>
        {
            db.Set<InterestThread>().Add(new InterestThread
            {
                Id = id, Kind = XinxingPortal.TechTransfer.Moderation.ListingKind.Outcome, ListingId = "outcome-coal-tar-hydrogenation",
                ListingTitle = "煤焦油", StarterOrganisationId = "org-xingyan", OwnerOrganisationId = "org-dtsu", CreatedUtc = fixture.Clock.UtcNow,
            });
            db.Set<ThreadMessage>().Add(new ThreadMessage { ThreadId = id, OrganisationId = "org-xingyan", AuthorName = "甲", Body = SecretMessage, AtUtc = fixture.Clock.UtcNow });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    private async Task<string> MarketRowsAsync()
    {
        var snapshot = await DatabaseSnapshot.TakeAsync(fixture.Factory, "Default");
        return string.Join("\n", snapshot.Where(t => t.Key.StartsWith("TechTransfer_", StringComparison.Ordinal) || t.Key == "Platform_Outbox")
            .Select(t => $"{t.Key}: {string.Join(";", t.Value)}"));
    }
}
