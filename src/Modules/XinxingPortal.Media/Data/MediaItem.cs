using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Media;

namespace XinxingPortal.Media.Data;

/// <summary>An image of the library. Its files live in the media store under <see cref="Id"/>.</summary>
internal sealed class MediaItem
{
    public string Id { get; set; } = "";
    public string FileName { get; set; } = "";
    public string AltText { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary>The stored files, space-separated ("320.webp 320.jpg 640.webp …").</summary>
    public string Renditions { get; set; } = "";

    public DateTime UploadedUtc { get; set; }
    public string? UploadedBy { get; set; }

    public MediaImage ToImage() => new(Id, AltText, Width, Height,
        [.. Renditions.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => RenditionFile.TryParse(f, out var width, out var format) ? new MediaRendition(width, format, $"/media/{Id}/{f}") : null)
            .OfType<MediaRendition>()]);
}

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("Media_Items");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(32);
        builder.Property(x => x.FileName).HasMaxLength(200).IsRequired();
        builder.Property(x => x.AltText).HasMaxLength(AltText.MaxLength).IsRequired();
        builder.Property(x => x.Renditions).HasMaxLength(512).IsRequired();
        builder.Property(x => x.UploadedBy).HasMaxLength(128);
        builder.HasIndex(x => x.UploadedUtc);
    }
}
