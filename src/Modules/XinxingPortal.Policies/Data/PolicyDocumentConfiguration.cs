using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Policies.Data;

internal sealed class PolicyDocumentConfiguration() : ContentVersionConfiguration<PolicyDocument>("Policies_Documents")
{
    public override void Configure(EntityTypeBuilder<PolicyDocument> builder)
    {
        base.Configure(builder);
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Validity).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.DocumentNumber).HasMaxLength(64);
        builder.Property(x => x.IssuingAgency).HasMaxLength(128).IsRequired();
        builder.Property(x => x.TopicCode).HasMaxLength(64);
        builder.Property(x => x.Keywords).HasMaxLength(256);
        builder.Property(x => x.ReplacedBy).HasMaxLength(64);
        builder.Property(x => x.Interprets).HasMaxLength(64);
        builder.Property(x => x.TranslatedFrom).HasMaxLength(64);
        builder.Property(x => x.Body).IsRequired();
        builder.Property(x => x.BodyHtml).IsRequired();
        builder.HasIndex(x => new { x.Published, x.Culture, x.Type, x.WrittenOn });
        builder.HasIndex(x => new { x.Published, x.Culture, x.TopicCode });
        builder.HasIndex(x => x.Interprets);
        // The public reads say "WHERE Published AND …": a bare boolean, which only a partial index on Published serves.
        // The list pages in the database in 成文日期 order (then id) from one index range; a topic's related documents too.
        builder.HasIndex(x => new { x.Culture, x.WrittenOn, x.Id }, "IX_Policies_Documents_PublishedList").HasFilter("\"Published\"");
        builder.HasIndex(x => new { x.Culture, x.TopicCode, x.WrittenOn }, "IX_Policies_Documents_PublishedTopic").HasFilter("\"Published\"");
        // A detail page finds its document by the published slug and its history by item, never by scanning the table.
        // Slug first: led by Culture, SQLite took it for the list too and sorted the whole table.
        builder.HasIndex(x => new { x.Slug, x.Culture }, "IX_Policies_Documents_PublishedSlug").HasFilter("\"Published\"");
        builder.HasIndex(x => new { x.ContentItemId, x.Number });
        // A detail page lists its interpretations; without this SQLite read them through the topic index by culture alone,
        // every published document of the language (31 ms a detail page at 10,000 documents).
        builder.HasIndex(x => new { x.Interprets, x.Culture }, "IX_Policies_Documents_PublishedInterprets").HasFilter("\"Published\"");
    }
}
