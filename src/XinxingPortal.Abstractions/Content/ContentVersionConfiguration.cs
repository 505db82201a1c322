using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Abstractions.Content;

/// <summary>
/// Maps the kernel columns of a content type. The filtered unique indexes are the database's promise
/// that an item never has two latest or two published versions.
/// </summary>
public abstract class ContentVersionConfiguration<T>(string table) : IEntityTypeConfiguration<T> where T : ContentVersion
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ContentItemId).HasMaxLength(64).IsRequired();
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(64).IsRequired();
        builder.Property(x => x.Culture).HasMaxLength(16).IsRequired();
        builder.Property(x => x.LocalizationSet).HasMaxLength(64).IsRequired();
        builder.Property(x => x.Slug).HasMaxLength(128).IsRequired();
        builder.Property(x => x.DisplayText).HasMaxLength(256).IsRequired();
        builder.Property(x => x.Owner).HasMaxLength(128);
        builder.Property(x => x.Author).HasMaxLength(128);
        builder.Property(x => x.ChangeNote).HasMaxLength(1000);
        builder.Property(x => x.UnpublishReason).HasMaxLength(1000);
        // A concurrency token: every workflow transition is an UPDATE … WHERE ReviewState = (the state it started from).
        builder.Property(x => x.ReviewState).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(x => x.ReviewComment).HasMaxLength(1000);
        builder.Property(x => x.SubmittedBy).HasMaxLength(128);
        builder.HasIndex(x => x.ContentItemVersionId).IsUnique();
        // Named indexes: EF would otherwise merge two indexes over the same column into one.
        builder.HasIndex(x => x.ContentItemId, $"IX_{table}_Latest").IsUnique().HasFilter("\"Latest\"");
        builder.HasIndex(x => x.ContentItemId, $"IX_{table}_Published").IsUnique().HasFilter("\"Published\"");
        builder.HasIndex(x => new { x.Culture, x.Slug }, $"IX_{table}_Slug").IsUnique().HasFilter("\"Latest\"");
        builder.HasIndex(x => new { x.LocalizationSet, x.Culture });
    }
}
