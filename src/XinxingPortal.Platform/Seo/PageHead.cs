using XinxingPortal.Abstractions.Seo;

namespace XinxingPortal.Platform.Seo;

/// <summary>The request's <see cref="IPageHead"/>: set by the action or the view, read by the layout.</summary>
internal sealed class PageHead : IPageHead
{
    public string? Robots { get; private set; }

    public IReadOnlyDictionary<string, string>? Alternates { get; private set; }

    public void NoIndex(bool follow = false) => Robots = follow ? "noindex, follow" : "noindex";

    public void SetAlternates(IReadOnlyDictionary<string, string> alternates) => Alternates = alternates;
}
