using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Home;

/// <summary>A refused setting: the block's position, the field (its JSON name) and an English msgid with arguments.</summary>
internal sealed record HomeLayoutError(int Index, string Field, string Message, params object[] Args)
{
    public string Format() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, Args);
}

/// <summary>
/// What a layout may say, checked the same way for the recipe step (which fails with the path), the admin form (a
/// message by the field) and the public page (a block that no longer holds is left out, and the admin sees why).
/// </summary>
internal sealed partial class HomeLayoutRules(
    IEnumerable<IHomeBlockSource> sources, TenantContext tenant, FeatureService features, SiblingSites siblings, IServiceProvider services)
{
    public const int MaxCount = 20;
    public const int DefaultCount = 5;
    public const int MaxBlocks = 30;

    public IReadOnlyList<IHomeBlockSource> Sources { get; } = [.. sources];

    /// <summary>The module blocks this tenant offers now (their feature enabled).</summary>
    public IEnumerable<IHomeBlockSource> Offered => Sources.Where(s => tenant.IsFeatureEnabled(s.FeatureId));

    public async Task<IReadOnlyList<HomeLayoutError>> CheckAsync(IReadOnlyList<HomeBlock> blocks, CancellationToken ct)
    {
        var errors = new List<HomeLayoutError>();
        if (blocks.Count > MaxBlocks)
        {
            errors.Add(new(MaxBlocks, "type", "A home page has at most {0} blocks.", MaxBlocks));
        }

        for (var i = 0; i < blocks.Count && i < MaxBlocks; i++)
        {
            errors.AddRange(await CheckAsync(i, blocks[i], ct));
        }

        return errors;
    }

    public async Task<IReadOnlyList<HomeLayoutError>> CheckAsync(int i, HomeBlock b, CancellationToken ct)
    {
        // From the feature store, not the scope's snapshot: a recipe checks blocks after its own feature step.
        var enabled = await features.GetEnabledAsync(ct);
        var errors = new List<HomeLayoutError>();
        if (!HomeZones.All.Contains(b.Zone))
        {
            errors.Add(new(i, "zone", "There is no zone '{0}'; use banner, main, aside or footer.", b.Zone));
        }

        if (b.Title is { Length: > 100 })
        {
            errors.Add(new(i, "title", "A title has at most 100 characters."));
        }

        if (b.Count is { } count && (count < 1 || count > MaxCount))
        {
            errors.Add(new(i, "count", "Show from 1 to {0} items.", MaxCount));
        }

        switch (b.Type)
        {
            case HomeBlockKinds.Banner:
                await CheckBannerAsync(i, b, enabled, errors, ct);
                break;
            case HomeBlockKinds.Text:
                CheckText(i, b, errors);
                break;
            case HomeBlockKinds.Links:
                CheckLinks(i, b, errors);
                break;
            default:
                await CheckModuleBlockAsync(i, b, enabled, errors, ct);
                break;
        }

        if (HomeBlockKinds.All.Contains(b.Type) && b.Tenant is { Length: > 0 })
        {
            errors.Add(new(i, "tenant", "Only a module's block can come from another site."));
        }

        return errors;
    }

    private async Task CheckModuleBlockAsync(int i, HomeBlock b, IReadOnlySet<string> enabled, List<HomeLayoutError> errors, CancellationToken ct)
    {
        var source = Sources.FirstOrDefault(s => s.BlockType == b.Type);
        if (source is null)
        {
            errors.Add(new(i, "type", "There is no block '{0}'.", b.Type));
            return;
        }

        if (b.Filter is { Length: > 0 } filter && !source.Filters.Contains(filter, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(source.Filters.Count == 0
                ? new(i, "filter", "This block takes no filter.")
                : new(i, "filter", "'{0}' is not a filter of this block; use {1}.", filter, string.Join(", ", source.Filters)));
        }

        if (b.Tenant is { Length: > 0 } sibling)
        {
            if (await siblings.ProblemAsync(sibling, source.FeatureId, ct) is { } problem)
            {
                errors.Add(new(i, "tenant", problem.Message, problem.Args));
            }
        }
        else if (!enabled.Contains(source.FeatureId))
        {
            errors.Add(new(i, "type", "The block '{0}' needs the feature '{1}', which is not enabled.", b.Type, source.FeatureId));
        }
    }

    private async Task CheckBannerAsync(int i, HomeBlock b, IReadOnlySet<string> enabled, List<HomeLayoutError> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(b.Alt))
        {
            errors.Add(new(i, "alt", "A banner needs alt text that says what its image shows."));
        }

        var library = services.GetService<IMediaLibrary>();
        if (string.IsNullOrWhiteSpace(b.Image))
        {
            errors.Add(new(i, "image", "A banner needs an image from the media library."));
        }
        else if (library is null || !enabled.Contains("XinxingPortal.Media"))
        {
            errors.Add(new(i, "image", "A banner needs the media library, which is not enabled."));
        }
        else if (await library.GetAsync(b.Image, ct) is null)
        {
            errors.Add(new(i, "image", "There is no image '{0}' in the media library.", b.Image));
        }

        CheckUrl(i, "url", b.Url, errors);
    }

    private static void CheckText(int i, HomeBlock b, List<HomeLayoutError> errors)
    {
        if (string.IsNullOrWhiteSpace(b.Text))
        {
            errors.Add(new(i, "text", "A text block needs text."));
        }
        else if (b.Text.Length > 4000)
        {
            errors.Add(new(i, "text", "A text block has at most 4000 characters."));
        }
        else if (Markup().IsMatch(b.Text))
        {
            errors.Add(new(i, "text", "Write the text in Markdown; HTML tags are not allowed."));
        }

        CheckUrl(i, "url", b.Url, errors);
    }

    private static void CheckLinks(int i, HomeBlock b, List<HomeLayoutError> errors)
    {
        if (b.Links is not { Count: > 0 } links)
        {
            errors.Add(new(i, "links", "A links block needs at least one link."));
            return;
        }

        for (var j = 0; j < links.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(links[j].Text) || links[j].Text.Length > 60)
            {
                errors.Add(new(i, $"links[{j}].text", "A link needs text of at most 60 characters."));
            }

            if (!IsTarget(links[j].Url))
            {
                errors.Add(new(i, $"links[{j}].url", "A link starts with '~/' (inside the site), 'https://' or 'tenant:' (a sibling site)."));
            }
        }

        CheckUrl(i, "url", b.Url, errors);
    }

    private static void CheckUrl(int i, string field, string? url, List<HomeLayoutError> errors)
    {
        if (url is { Length: > 0 } && !IsTarget(url))
        {
            errors.Add(new(i, field, "A link starts with '~/' (inside the site), 'https://' or 'tenant:' (a sibling site)."));
        }
    }

    public static bool IsTarget(string? url)
    {
        if (url is not { Length: > 2 and <= 500 } || url.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (url.StartsWith("https://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(url, UriKind.Absolute, out _);
        }

        return url.StartsWith("tenant:", StringComparison.Ordinal)
            || (url.StartsWith("~/", StringComparison.Ordinal) && !url.StartsWith("~//", StringComparison.Ordinal));
    }

    /// <summary>An HTML tag, comment or declaration; Markdown's own autolinks (&lt;https://…&gt;) are allowed.</summary>
    [GeneratedRegex(@"<(?!https?://)[A-Za-z!/?]", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
