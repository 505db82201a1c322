using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Settings;

namespace XinxingPortal.Platform.Home;

/// <summary>
/// Draws a layout into blocks. Each block is read on its own: a block that no longer holds (feature switched off,
/// sibling disabled, image deleted) or that fails is left out with its reason, so the page itself never breaks.
/// </summary>
internal sealed class HomeComposer(
    HomeLayoutRules rules, SiblingSites siblings, IMarkdownRenderer markdown, IServiceProvider services, IHttpContextAccessor http,
    ISiteSettingsStore settings, IStringLocalizer<HomeComposer> t, ILogger<HomeComposer> log)
{
    public async Task<HomePage> ComposeAsync(HomeLayout? layout, string culture, bool preview, CancellationToken ct)
    {
        var site = await settings.GetAsync(ct);
        var siteName = site.SiteName;
        if (layout is null)
        {
            return new HomePage(siteName, new Dictionary<string, IReadOnlyList<ShownBlock>>(), [], preview, await settings.GetMenuAsync(ct));
        }

        var zones = HomeZones.All.ToDictionary(z => z, _ => new List<ShownBlock>());
        var leftOut = new List<LeftOutBlock>();
        for (var i = 0; i < layout.Blocks.Count; i++)
        {
            var block = layout.Blocks[i];
            if ((await rules.CheckAsync(i, block, ct)).FirstOrDefault() is { } error)
            {
                leftOut.Add(new(i, block.Type, error.Message, error.Args));
                continue;
            }

            try
            {
                var (shown, why) = await DrawAsync(i, block, culture, ct);
                if (shown is not null)
                {
                    zones[block.Zone].Add(shown);
                }
                else
                {
                    leftOut.Add(why ?? new LeftOutBlock(i, block.Type, "Nothing to show yet, so the block is hidden."));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Home block {Index} ({Type}) failed and was left out", i, block.Type);
                leftOut.Add(new(i, block.Type, "The block could not be read; the error is in the log."));
            }
        }

        return new HomePage(siteName, zones.Where(z => z.Value.Count > 0).ToDictionary(z => z.Key, z => (IReadOnlyList<ShownBlock>)z.Value),
            leftOut, preview, []);
    }

    private async Task<(ShownBlock?, LeftOutBlock?)> DrawAsync(int i, HomeBlock b, string culture, CancellationToken ct)
    {
        var id = "block-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (b.Type)
        {
            case HomeBlockKinds.Banner:
                var image = await services.GetRequiredService<IMediaLibrary>().GetAsync(b.Image!, ct);
                return (image is null ? null : new ShownBlock(b.Type, id, b.Title ?? "", await HrefAsync(b.Url, culture, ct), [])
                {
                    Image = image, Alt = b.Alt,
                }, null);
            case HomeBlockKinds.Text:
                // A layout saved before text blocks were rendered on save has no HTML yet; render it here until it is saved again.
                return (new ShownBlock(b.Type, id, b.Title ?? "", await HrefAsync(b.Url, culture, ct), []) { Html = b.Html ?? markdown.ToSafeHtml(b.Text!) }, null);
            case HomeBlockKinds.Links:
                var links = new List<HomeLink>();
                foreach (var link in b.Links!)
                {
                    if (await HrefAsync(link.Url, culture, ct) is { } href)
                    {
                        links.Add(link with { Url = href });
                    }
                }

                return (links.Count == 0 ? null : new ShownBlock(b.Type, id, b.Title ?? t["Online services"], await HrefAsync(b.Url, culture, ct), []) { Links = links }, null);
        }

        var query = new HomeBlockQuery(culture, b.Count ?? HomeLayoutRules.DefaultCount, b.Filter is { Length: > 0 } f ? f : null);
        HomeBlockContent? content;
        var fromSibling = b.Tenant is { Length: > 0 };
        if (fromSibling)
        {
            var (loaded, problem) = await siblings.LoadAsync(b.Tenant!, b.Type, query, ct);
            if (problem is not null)
            {
                return (null, new LeftOutBlock(i, b.Type, problem.Message, problem.Args));
            }

            content = loaded;
        }
        else
        {
            var source = rules.Offered.First(s => s.BlockType == b.Type);
            var loaded = await source.LoadAsync(query, ct);
            content = loaded is null ? null : loaded with
            {
                MoreUrl = Local(loaded.MoreUrl),
                Cards = [.. loaded.Cards.Select(c => c with { Url = Local(c.Url) })],
                SearchBox = loaded.SearchBox is { } box ? box with { Action = Local(box.Action) } : null,
            };
        }

        return content is null || content.IsEmpty
            ? (null, null)
            : (new ShownBlock(content.SearchBox is null ? ShownBlock.CardsKind : ShownBlock.SearchKind, id, b.Title is { Length: > 0 } title ? title : content.Title,
                b.Url is { Length: > 0 } ? await HrefAsync(b.Url, culture, ct) : content.MoreUrl, content.Cards)
            {
                FromSibling = fromSibling, SearchBox = content.SearchBox,
            }, null);
    }

    /// <summary>"~/x" inside this site (in the reader's language), https links as they are, "tenant:name" to a sibling's home.</summary>
    private async Task<string?> HrefAsync(string? target, string culture, CancellationToken ct) => target switch
    {
        null or "" => null,
        _ when target.StartsWith("~/", StringComparison.Ordinal) => Local(target[1..]),
        _ when target.StartsWith("tenant:", StringComparison.Ordinal) => await siblings.HomeUrlAsync(target["tenant:".Length..], culture, ct),
        _ => target,
    };

    private string Local(string path) => (http.HttpContext?.Request.PathBase ?? PathString.Empty).Add(new PathString(path.StartsWith('/') ? path : "/" + path)).Value!;
}
