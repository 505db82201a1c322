namespace XinxingPortal.Abstractions.Seo;

/// <summary>
/// What a page tells the layout's <c>&lt;head&gt;</c> beyond its title, typed instead of carried in ViewData: whether
/// search engines may index it, and the same page's address in each other language. One per request.
/// </summary>
public interface IPageHead
{
    /// <summary>The robots directive, such as <c>noindex</c>; null lets the page be indexed.</summary>
    string? Robots { get; }

    /// <summary>The page in each culture that has it (culture → address); null when every culture has the same path.</summary>
    IReadOnlyDictionary<string, string>? Alternates { get; }

    /// <summary>Keeps the page out of search engines: private pages, forms, one-time links.</summary>
    void NoIndex(bool follow = false);

    void SetAlternates(IReadOnlyDictionary<string, string> alternates);
}

public static class PageHeadExtensions
{
    /// <summary>The request's page head, for actions and views.</summary>
    public static IPageHead PageHead(this Microsoft.AspNetCore.Http.HttpContext context) =>
        (IPageHead)context.RequestServices.GetService(typeof(IPageHead))!;
}
