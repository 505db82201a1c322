namespace XinxingPortal.Abstractions.Media;

/// <summary>One stored size of an image in one format; <paramref name="Path"/> is site-relative (<c>/media/{id}/640.webp</c>).</summary>
public sealed record MediaRendition(int Width, string Format, string Path)
{
    public const string Webp = "webp";
    public const string Jpeg = "jpg";

    public string ContentType => Format == Webp ? "image/webp" : "image/jpeg";
}
