using Microsoft.AspNetCore.StaticFiles;

namespace XinxingPortal.Platform.Hosting;

/// <summary>
/// Assets linked with <c>asp-append-version</c> carry a content hash in <c>?v=</c>, so they can be cached for a
/// year; a new build changes the hash and the URL.
/// </summary>
internal static class StaticAssetCaching
{
    public static void Apply(StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
}
