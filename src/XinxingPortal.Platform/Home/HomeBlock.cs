using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Platform.Home;

/// <summary>
/// One block placed in a zone of a home page, with its settings. <see cref="Type"/> is a kernel block
/// (<see cref="HomeBlockKinds"/>) or a module's <c>IHomeBlockSource.BlockType</c>; <see cref="Tenant"/> names a sibling
/// site whose public block the host reads.
/// </summary>
internal sealed record HomeBlock
{
    public string Zone { get; init; } = HomeZones.Main;
    public string Type { get; init; } = "";

    /// <summary>Overrides the block's own title, in the layout's language.</summary>
    public string? Title { get; init; }

    /// <summary>How many items, from 1 to <see cref="HomeLayoutRules.MaxCount"/>; the block's default when empty.</summary>
    public int? Count { get; init; }

    /// <summary>A type, field or topic the block understands.</summary>
    public string? Filter { get; init; }

    public string? Tenant { get; init; }

    /// <summary>Markdown of a text block.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// A text block's <see cref="Text"/> as sanitized HTML, rendered when the layout is saved (<see cref="HomeBlocks.Rendered"/>),
    /// as pages and policies are, so the public home page renders no Markdown. Never taken from a recipe or a form.
    /// </summary>
    public string? Html { get; init; }

    /// <summary>The banner's image (a media library id) and its alt text, which is required.</summary>
    public string? Image { get; init; }

    public string? Alt { get; init; }

    /// <summary>Where the banner leads, or the "more" link of a text or links block ("~/…" or https).</summary>
    public string? Url { get; init; }

    public List<HomeLink>? Links { get; init; }
}

/// <summary>A quick link (办事服务): its text and "~/…", "https://…" or "tenant:name" target.</summary>
internal sealed record HomeLink(string Text, string Url);

internal static class HomeZones
{
    public const string Banner = "banner";
    public const string Main = "main";
    public const string Aside = "aside";
    public const string Footer = "footer";

    public static readonly IReadOnlyList<string> All = [Banner, Main, Aside, Footer];
}

/// <summary>The blocks the kernel draws itself; everything else comes from a module's block source.</summary>
internal static class HomeBlockKinds
{
    public const string Banner = "banner";
    public const string Text = "text";
    public const string Links = "links";

    // The search box is the Search module's block (search.box), so it exists only where Search is enabled.
    public static readonly IReadOnlyList<string> All = [Banner, Text, Links];
}

internal static class HomeBlocks
{
    /// <summary>The blocks with each text block's HTML rendered afresh from its Markdown (whatever HTML came in is dropped).</summary>
    public static List<HomeBlock> Rendered(IEnumerable<HomeBlock> blocks, IMarkdownRenderer markdown) =>
        [.. blocks.Select(b => b with { Html = b.Type == HomeBlockKinds.Text && b.Text is { Length: > 0 } text ? markdown.ToSafeHtml(text) : null })];
}
