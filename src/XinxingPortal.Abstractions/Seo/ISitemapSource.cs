namespace XinxingPortal.Abstractions.Seo;

/// <summary>A module's published addresses for <c>/sitemap.xml</c>; asked only while its feature is enabled.</summary>
public interface ISitemapSource
{
    string FeatureId { get; }

    Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken ct);
}

/// <summary>A published address: a site path such as <c>/pages/about</c>, its culture and when it last changed.</summary>
public sealed record SitemapEntry(string Path, string Culture, DateTime LastModifiedUtc);
