using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Pages.Data;

namespace XinxingPortal.IntegrationTests.Search;

/// <summary>The shipped portal (xinxing-portal and its seeds, search on), reading the change feed every 100 ms.</summary>
public sealed class SearchHost : IDisposable
{
    public SearchHost()
    {
        Portal.Settings["Portal:ChangeFeed:Round"] = "00:00:00.1";
        Portal.WarmUpAsync().GetAwaiter().GetResult();
    }

    public PortalFactory Portal { get; } = new();

    /// <summary>The JSON answer of <c>/search.json</c> for a query string (without the leading '?').</summary>
    public async Task<JsonElement> JsonAsync(string query, string prefix = "")
    {
        var response = await Portal.Browser().GetAsync($"{prefix}/search.json?{query}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<IReadOnlyList<string>> TitlesAsync(string q, string prefix = "") =>
        [.. (await JsonAsync("q=" + Uri.EscapeDataString(q), prefix)).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()!)];

    /// <summary>Waits (polling, at most 10 s) until the condition holds; returns how long it took.</summary>
    public static async Task<TimeSpan> EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the condition did not hold within 10 s");
            await Task.Delay(50);
        }

        return clock.Elapsed;
    }

    internal async Task<string> CreatePageAsync(string slug, string title, string body, bool publish)
    {
        await using var scope = await Portal.TenantScopeAsync("Default");
        var pages = scope.ServiceProvider.GetRequiredService<IContentManager<Page>>();
        var page = await pages.CreateAsync(new Page { Culture = "zh-CN", Slug = slug, DisplayText = title, Body = body, BodyHtml = "<p>" + body + "</p>" }, "editor");
        if (publish)
        {
            await pages.PublishAsync(page.ContentItemId, "editor");
        }

        return page.ContentItemId;
    }

    public void Dispose() => Portal.Dispose();
}
