using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Media;

namespace XinxingPortal.Outreach;

/// <summary>Photos come from the media library; on a tenant without it a page simply shows none.</summary>
internal static class Photos
{
    public static async Task<IReadOnlyList<MediaImage>> ForAsync(IServiceProvider services, IReadOnlyList<string> ids, CancellationToken ct) =>
        ids.Count > 0 && services.GetService<IMediaLibrary>() is { } library ? await library.GetManyAsync(ids, ct) : [];
}
